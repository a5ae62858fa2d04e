package io.comptoir.openai;

import io.comptoir.engine.BotMessage;
import io.comptoir.server.ConversationService;
import io.comptoir.server.Opened;
import io.comptoir.server.Reply;
import io.comptoir.server.Tokens;
import io.comptoir.store.ConversationRecord;
import io.comptoir.store.TurnLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps an OpenAI chat (the full message history, each call) onto a stored conversation. With Open WebUI's chat
 * id the conversation is looked up by it; otherwise by a hash of the earlier user messages, and rebuilt by
 * replaying them through the deterministic engine when it is not stored.
 */
final class OpenAiConversations {
    record Result(Reply reply, List<BotMessage> shown) {}

    private final ConversationService service;

    OpenAiConversations(ConversationService service) {
        this.service = service;
    }

    Result handle(String botId, String chatId, List<String> userMessages) {
        if (chatId != null) return byChatId(botId, "owui:" + botId + ":" + chatId, userMessages);
        return byHistory(botId, userMessages);
    }

    /** The stored conversation of an Open WebUI chat, if any (for housekeeping prompts; read-only). */
    Optional<ConversationRecord> find(String botId, String chatId) {
        return chatId == null ? Optional.empty() : service.findByExternalKey("owui:" + botId + ":" + chatId);
    }

    private Result byChatId(String botId, String key, List<String> users) {
        Optional<ConversationRecord> found = service.findByExternalKey(key).filter(r -> !r.ended());
        if (found.isEmpty()) {
            service.findByExternalKey(key).ifPresent(old -> service.rekey(old.id(), "ended:" + old.id()));
            return fresh(botId, key, users.subList(users.size() - 1, users.size()));
        }
        ConversationRecord row = found.get();
        List<TurnLine> lines = service.store().lines(row.id());
        long stored = lines.stream().filter(l -> l.role() == TurnLine.Role.CLIENT).count();
        if (stored >= users.size()) return regenerate(row, lines, users.size());
        Reply last = null;
        for (String text : users.subList((int) stored, users.size())) last = service.post(row.id(), text);
        return new Result(last, last.messages());
    }

    private Result byHistory(String botId, List<String> users) {
        String before = historyKey(botId, users.subList(0, users.size() - 1));
        String after = historyKey(botId, users);
        Optional<ConversationRecord> found = users.size() > 1
                ? service.findByExternalKey(before).filter(r -> !r.ended()) : Optional.empty();
        if (found.isPresent()) {
            Reply r = service.post(found.get().id(), users.get(users.size() - 1));
            service.rekey(found.get().id(), after);
            return new Result(r, r.messages());
        }
        return fresh(botId, after, users);
    }

    /** Opens a conversation and plays the user messages; a one-message chat shows the welcome first. */
    private Result fresh(String botId, String key, List<String> users) {
        Opened o = service.open(botId, "openai", key);
        Reply last = o.welcome();
        for (String text : users) {
            if (last.ended()) break;
            last = service.post(o.conversationId(), text);
        }
        List<BotMessage> shown = new ArrayList<>();
        // The welcome's buttons answer a question the client's first message already addressed: text only.
        if (users.size() == 1) o.welcome().messages().forEach(m -> shown.add(BotMessage.of(m.text())));
        shown.addAll(last.messages());
        return new Result(last, shown);
    }

    /** The same request again (a regeneration): the bot's stored answer to that user message, unchanged. */
    private Result regenerate(ConversationRecord row, List<TurnLine> lines, int userIndex) {
        List<BotMessage> shown = new ArrayList<>();
        int seen = 0;
        for (TurnLine l : lines) {
            if (l.role() == TurnLine.Role.CLIENT) seen++;
            else if (seen == userIndex) shown.add(new BotMessage(l.text(), l.buttons()));
        }
        Reply r = new Reply(row.id(), shown, row.stage(), row.ended(), service.state(row));
        return new Result(r, shown);
    }

    static String historyKey(String botId, List<String> users) {
        return "hist:" + botId + ":" + Tokens.hash(String.join("\u0000", users)) + ":" + users.size();
    }
}
