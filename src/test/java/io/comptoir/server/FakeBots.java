package io.comptoir.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.engine.ConversationState;
import java.util.List;

/** Served bots backed by {@link FakeEngine}, with a note that shows the answers and the contact email. */
public final class FakeBots {
    private FakeBots() {}

    public static ServedBot bot(String id) {
        FakeEngine engine = new FakeEngine(id);
        return new ServedBot(id, "Bot " + id, "fr", engine, new FakeNote(engine), List.of("https://client.example"));
    }

    public static BotRegistry registry() {
        return new BotRegistry(List.of(bot("agence-web"), bot("boutique-velo")));
    }

    static final class FakeNote implements NoteView {
        private final FakeEngine engine;
        private final ObjectMapper mapper = new ObjectMapper();

        FakeNote(FakeEngine engine) {
            this.engine = engine;
        }

        @Override
        public String json(ConversationState state) {
            List<String> a = FakeEngine.answers(state);
            ObjectNode n = mapper.createObjectNode();
            n.put("conversation_id", state.conversationId());
            n.put("bot", state.botId());
            String email = FakeEngine.email(a);
            n.putObject("contact").put("email", email.isEmpty() ? null : email);
            n.put("need", a.isEmpty() ? null : a.get(0));
            n.putObject("qualification").put("score", a.size() * 25).put("status", a.size() >= 3 ? "sql" : "mql");
            var answers = n.putArray("answers");
            a.forEach(answers::add);
            return n.toString();
        }

        @Override
        public String markdown(ConversationState state) {
            return "## Note CRM\n\n- Réponses : " + String.join(", ", FakeEngine.answers(state));
        }
    }
}
