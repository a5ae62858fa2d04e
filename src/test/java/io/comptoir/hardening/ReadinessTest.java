package io.comptoir.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.http.TestServer;
import io.comptoir.server.FakeBots;
import io.comptoir.store.Database;
import io.comptoir.store.TestDatabases;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /healthz tells the process is up, /readyz whether the store answers; an unreachable store gives 503, not 500. */
class ReadinessTest {
    @Test
    void readyz_goes_503_while_postgresql_is_unreachable_and_200_when_it_is_back_without_a_restart() throws Exception {
        URI pg = URI.create(TestDatabases.PG_URL.substring("jdbc:".length()));
        String schema = TestDatabases.newSchema();
        try (TcpProxy proxy = new TcpProxy(pg.getPort() < 0 ? 5432 : pg.getPort())) {
            String viaProxy = TestDatabases.PG_URL.replace(pg.getHost() + ":" + (pg.getPort() < 0 ? 5432 : pg.getPort()),
                    "127.0.0.1:" + proxy.port());
            var db = new TestDatabases.Handle(Database.open(viaProxy, schema), viaProxy, schema, null);
            db.db().setConnectionWait(Duration.ofSeconds(1));
            try (TestServer s = new TestServer(FakeBots.registry(), 0, null, db, List.of())) {
                JsonNode o = s.post("/api/bots/agence-web/conversations", null, "{}").json();
                String path = "/api/conversations/" + o.path("conversation_id").asText() + "/messages";
                String token = o.path("token").asText();
                assertThat(s.get("/readyz", null).status()).isEqualTo(200);

                proxy.cut();
                var ready = s.get("/readyz", null);
                var turn = s.post(path, token, "{\"text\": \"Un site vitrine\"}");
                var health = s.get("/healthz", null);

                assertThat(ready.status()).isEqualTo(503);
                assertThat(ready.headers().firstValue("Retry-After")).isPresent();
                assertThat(ready.json().path("error").path("code").asText()).isEqualTo("unavailable");
                assertThat(turn.status()).isEqualTo(503);
                assertThat(turn.headers().firstValue("Retry-After")).isPresent();
                assertThat(health.status()).isEqualTo(200);

                proxy.restore();
                assertThat(s.get("/readyz", null).status()).isEqualTo(200);
                assertThat(s.post(path, token, "{\"text\": \"Un site vitrine\"}").status()).isEqualTo(200);
            }
        } finally {
            TestDatabases.dropSchema(schema);
        }
    }
}
