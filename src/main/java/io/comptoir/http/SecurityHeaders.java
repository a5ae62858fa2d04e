package io.comptoir.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security headers: nosniff on every response; on every HTML page a Content-Security-Policy that allows only this
 * server's scripts (plus, by hash, the inline scripts of the shipped pages) and no framing.
 */
final class SecurityHeaders {
    /** The shipped HTML pages whose inline scripts the policy allows by hash. */
    private static final String[] PAGES = {"web/index.html", "web/console.html", "web/console/dashboard.html"};
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private final String policy;

    private SecurityHeaders(String policy) {
        this.policy = policy;
    }

    static void install(Javalin app) {
        SecurityHeaders h = new SecurityHeaders(policy(inlineScriptHashes()));
        app.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
        app.after(h::onHtml);
    }

    private void onHtml(Context ctx) {
        String type = ctx.res().getContentType();
        if (type == null || !type.startsWith("text/html")) return;
        ctx.header("Content-Security-Policy", policy);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
    }

    static String policy(Set<String> scriptHashes) {
        StringBuilder scripts = new StringBuilder("'self'");
        for (String h : scriptHashes) scripts.append(" 'sha256-").append(h).append('\'');
        // Styles: the widget and the charts set element styles from script, which 'unsafe-inline' covers.
        return "default-src 'self'; script-src " + scripts + "; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                + "form-action 'self'; frame-ancestors 'none'";
    }

    private static Set<String> inlineScriptHashes() {
        Set<String> hashes = new LinkedHashSet<>();
        for (String page : PAGES) {
            String html;
            try {
                html = new String(HttpServer.resource(page), StandardCharsets.UTF_8);
            } catch (RuntimeException missing) {
                continue; // a page shipped by a feature that is not in this build
            }
            Matcher m = INLINE_SCRIPT.matcher(html);
            while (m.find()) hashes.add(sha256(m.group(1)));
        }
        return hashes;
    }

    private static String sha256(String s) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
