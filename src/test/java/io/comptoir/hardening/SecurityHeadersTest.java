package io.comptoir.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.http.KpiRoutes;
import io.comptoir.http.TestServer;
import io.comptoir.server.FakeBots;
import io.comptoir.store.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every HTML page forbids framing and foreign scripts; nothing is sniffed; a 429 says when to come back. */
class SecurityHeadersTest {
    @Test
    void every_html_page_carries_the_security_headers() {
        try (TestServer s = new TestServer(FakeBots.registry(), 0, null, TestDatabases.h2(), List.of(new KpiRoutes()))) {
            for (String page : List.of("/", "/index.html", "/console", "/console/", "/console/dashboard")) {
                var r = s.get(page, null);
                assertThat(r.status()).as(page).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).as(page).startsWith("text/html");
                String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
                assertThat(csp).as(page).contains("frame-ancestors 'none'").contains("script-src 'self'")
                        .doesNotContain("unsafe-eval");
                assertThat(r.headers().firstValue("X-Frame-Options")).as(page).contains("DENY");
                assertThat(r.headers().firstValue("X-Content-Type-Options")).as(page).contains("nosniff");
            }
            assertThat(s.get("/widget.js", null).headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
    }

    @Test
    void a_rate_limited_client_is_told_when_to_retry() {
        try (TestServer s = new TestServer(FakeBots.registry(), 1, null)) {
            s.post("/api/bots/agence-web/conversations", null, "{}");
            var limited = s.post("/api/bots/agence-web/conversations", null, "{}");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
            assertThat(limited.json().path("error").path("code").asText()).isEqualTo("rate_limit_exceeded");
        }
    }
}
