package io.comptoir.delivery.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.comptoir.delivery.Attempt;
import io.comptoir.delivery.Delivery;
import io.comptoir.delivery.Endpoint;
import io.comptoir.delivery.Signature;
import io.comptoir.delivery.Transport;
import io.comptoir.delivery.crm.CrmShape;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Sends deliveries over HTTP with the JDK client: signed webhooks, or the CRM shapes' chains of requests. */
public final class HttpTransport implements Transport {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Clock clock;

    public HttpTransport(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Attempt send(Delivery d, Endpoint e) {
        return e.kind() == Endpoint.Kind.WEBHOOK ? webhook(d, e) : crm(d, e);
    }

    private Attempt webhook(Delivery d, Endpoint e) {
        byte[] body = d.body().getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = base(e.url()).header("X-Comptoir-Event", d.event())
                .header("X-Comptoir-Delivery", d.id())
                .header("X-Comptoir-Timestamp", Long.toString(timestamp))
                .header("X-Comptoir-Signature", Signature.sign(e.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return exchange(request, null).attempt;
    }

    private Attempt crm(Delivery d, Endpoint e) {
        CrmShape shape = CrmShape.of(e);
        String baseUrl = (e.url() != null ? e.url() : shape.defaultBaseUrl()).replaceAll("/+$", "");
        JsonNode note = parse(d.body());
        List<JsonNode> answers = progress(d.progress());
        for (CrmShape.Request r; (r = shape.step(answers.size(), note, answers)) != null; ) {
            HttpRequest.Builder b = base(baseUrl + r.path());
            shape.auth(e.secret()).forEach(b::header);
            Exchange x = exchange(b.POST(HttpRequest.BodyPublishers.ofString(r.body().toString())).build(),
                    progressJson(answers));
            if (!x.attempt.sent()) return x.attempt;
            answers.add(x.body == null || x.body.isBlank() ? JSON.createObjectNode() : parse(x.body));
        }
        return Attempt.sent(200);
    }

    private static HttpRequest.Builder base(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Content-Type", "application/json")
                .header("User-Agent", "Comptoir");
    }

    private record Exchange(Attempt attempt, String body) {}

    private Exchange exchange(HttpRequest request, String progress) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            int status = r.statusCode();
            if (status >= 200 && status < 300) return new Exchange(Attempt.sent(status), r.body());
            Duration retryAfter = r.headers().firstValue("Retry-After").map(this::retryAfter).orElse(null);
            return new Exchange(Attempt.failed(status, excerpt(r.body()), retryAfter, progress), null);
        } catch (IOException ex) {
            return new Exchange(Attempt.failed(null, "network error: " + ex, null, progress), null);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new Exchange(Attempt.failed(null, "interrupted", null, progress), null);
        }
    }

    /** Retry-After is either seconds or an HTTP date; anything else is ignored (the backoff applies). */
    Duration retryAfter(String value) {
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(clock.instant(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static String excerpt(String body) {
        String b = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return b.isEmpty() ? "(empty answer)" : b.length() > 300 ? b.substring(0, 300) + "…" : b;
    }

    private static List<JsonNode> progress(String json) {
        List<JsonNode> out = new ArrayList<>();
        if (json != null) parse(json).forEach(out::add);
        return out;
    }

    private static String progressJson(List<JsonNode> answers) {
        if (answers.isEmpty()) return null;
        ArrayNode a = JSON.createArrayNode();
        answers.forEach(a::add);
        return a.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.createObjectNode().put("unparsed", json);
        }
    }
}
