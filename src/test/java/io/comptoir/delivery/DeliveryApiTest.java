package io.comptoir.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.delivery.Receiver.Reply;
import io.comptoir.delivery.http.DeliveryFeature;
import io.comptoir.engine.EndReason;
import io.comptoir.http.HttpServer;
import io.comptoir.http.Json;
import io.comptoir.http.ServerSettings;
import io.comptoir.server.ConversationService;
import io.comptoir.server.FakeBots;
import io.comptoir.store.ConversationStore;
import io.comptoir.store.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The internal API lists deliveries with their last error, and a dead one is resent from it. */
class DeliveryApiTest {
    static final String KEY = "team-key";
    final HttpClient http = HttpClient.newHttpClient();

    static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) Thread.sleep(50);
        assertThat(condition.getAsBoolean()).as("condition met within the bound").isTrue();
    }

    HttpResponse<String> call(int port, String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer " + KEY).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode list(int port, String status) throws Exception {
        return Json.parse(call(port, "GET", "/api/internal/deliveries?status=" + status).body());
    }

    @Test
    void a_dead_delivery_is_resent_from_the_internal_api_under_the_same_id() throws Exception {
        try (var db = TestDatabases.h2(); var receiver = new Receiver()) {
            receiver.answerInTurn(new Reply(400, "{\"error\":\"unknown field\"}", Map.of()), Reply.ok("{}"));
            var endpoints = Endpoints.of(List.of(new Endpoint(Endpoints.SERVER, Endpoint.Kind.WEBHOOK,
                    receiver.url("/in"), "s3cret", Map.of())));
            var feature = new DeliveryFeature(endpoints, RetryPolicy.exact(3, Duration.ofMinutes(5)), Clock.systemUTC());
            var service = new ConversationService(FakeBots.registry(), new ConversationStore(db.db().jdbi()),
                    Clock.systemUTC());
            HttpServer server = HttpServer.start(service, new ServerSettings(KEY, null, 0), 0, List.of(feature));
            try {
                String id = service.open("agence-web", "widget", null).conversationId();
                service.close(id, EndReason.ABANDONED);
                await(() -> receiver.received().size() == 1 && dead(server.port()) == 1);

                JsonNode dead = list(server.port(), "dead").get(0);
                assertThat(dead.path("conversation_id").asText()).isEqualTo(id);
                assertThat(dead.path("last_status").asInt()).isEqualTo(400);
                assertThat(dead.path("last_error").asText()).isEqualTo("HTTP 400: {\"error\":\"unknown field\"}");
                assertThat(call(server.port(), "GET", "/api/internal/deliveries").statusCode()).isEqualTo(200);
                assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                        + "/api/internal/deliveries")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                        .as("the team's key is required").isEqualTo(401);

                String deliveryId = dead.path("id").asText();
                assertThat(call(server.port(), "POST", "/api/internal/deliveries/" + deliveryId + "/resend").statusCode())
                        .isEqualTo(202);
                await(() -> receiver.received().size() == 2 && delivered(server.port()) == 1);
                assertThat(receiver.received().get(1).header("X-Comptoir-Delivery")).isEqualTo(deliveryId);
                assertThat(call(server.port(), "POST", "/api/internal/deliveries/nope/resend").statusCode()).isEqualTo(404);
            } finally {
                feature.close();
                server.close();
            }
        }
    }

    private int dead(int port) { return count(port, "dead"); }

    private int delivered(int port) { return count(port, "delivered"); }

    private int count(int port, String status) {
        try {
            return list(port, status).size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
