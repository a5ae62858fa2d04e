package io.comptoir.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.delivery.Receiver.Reply;
import io.comptoir.http.Json;
import io.comptoir.http.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packaged server ({@code java -jar target/comptoir.jar serve}) is killed with -9 while its deliveries are
 * pending (the receiver is failing); restarted on the same data, it delivers every one, under the same ids.
 */
class DeliveryAfterKillIT {
    static final String KEY = "kill-key";
    static final List<String> SCRIPT = List.of("Boutique en ligne", "Environ 8000 euros", "En mars", "Nous sommes 12",
            "Oui", "claire@exemple.fr", "Claire Martin");

    JsonNode call(int port, String method, String path, String token, String body) throws Exception {
        return ServerProcess.call(port, method, path, token, body);
    }

    String finishedConversation(int port) throws Exception {
        JsonNode o = call(port, "POST", "/api/bots/agence-web/conversations", null, "{}");
        String id = o.path("conversation_id").asText();
        JsonNode last = null;
        for (String text : SCRIPT)
            last = call(port, "POST", "/api/conversations/" + id + "/messages", o.path("token").asText(),
                    Json.write(Map.of("text", text)));
        assertThat(last.path("ended").asBoolean()).isTrue();
        return id;
    }

    static void await(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        for (int i = 0; i < 600 && !condition.call(); i++) Thread.sleep(100);
        assertThat(condition.call()).as(what).isTrue();
    }

    @Test
    void deliveries_pending_at_a_kill_minus_9_are_all_delivered_after_the_restart() throws Exception {
        Path data = Files.createTempDirectory("comptoir-kill");
        try (var receiver = new Receiver()) {
            Map<String, String> env = Map.of("COMPTOIR_API_KEY", KEY, "COMPTOIR_WEBHOOK_URL", receiver.url("/in"),
                    "COMPTOIR_WEBHOOK_SECRET", "kill-secret");
            String[] args = {"serve", "--port", "0", "--rate-limit", "0", "--data", data.toString(),
                    "--delivery-backoff", "1s", "--delivery-attempts", "50"};
            Set<String> deliveredIds = ConcurrentHashMap.newKeySet();
            Set<String> deliveredConversations = ConcurrentHashMap.newKeySet();
            receiver.answer(r -> Reply.status(503));
            List<String> conversations = new ArrayList<>();
            try (ServerProcess first = ServerProcess.jar(env, args)) {
                for (int i = 0; i < 3; i++) conversations.add(finishedConversation(first.port));
                await("three pending deliveries, each tried", () ->
                        call(first.port, "GET", "/api/internal/deliveries?status=pending", KEY, null).size() == 3
                                && receiver.received().stream().map(r -> r.header("X-Comptoir-Delivery")).distinct().count() == 3);
                first.kill();
            }
            receiver.answer(r -> {
                deliveredIds.add(r.header("X-Comptoir-Delivery"));
                deliveredConversations.add(Json.parse(r.text()).path("conversation_id").asText());
                return Reply.ok("{}");
            });
            try (ServerProcess second = ServerProcess.jar(env, args)) {
                await("every delivery delivered", () ->
                        call(second.port, "GET", "/api/internal/deliveries?status=delivered", KEY, null).size() == 3);
                assertThat(deliveredConversations).containsExactlyInAnyOrderElementsOf(conversations);
                Set<String> before = receiver.received().stream().filter(r -> !deliveredIds.contains(r.header("X-Comptoir-Delivery")))
                        .map(r -> r.header("X-Comptoir-Delivery")).collect(Collectors.toSet());
                assertThat(before).as("the ids after the restart are the ones tried before it").isEmpty();
                assertThat(deliveredIds).hasSize(3);
            }
        }
    }
}
