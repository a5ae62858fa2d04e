package io.comptoir.openai;

import io.comptoir.engine.BotMessage;
import io.comptoir.server.ConversationService;
import io.comptoir.server.Reply;
import io.comptoir.server.Tokens;
import io.comptoir.store.ConversationRecord;
import io.comptoir.store.TurnLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history is the conversation. An OpenAI client sends the whole chat each time; the answer is what the
 * deterministic engine gives for exactly those user messages, and the store keeps the record. Each stored
 * conversation is keyed by its scope (who is talking: Open WebUI's user and chat ids when forwarded) and the hash
 * of its client messages, so for a request of n user messages:
 * <ul>
 *   <li>a conversation with exactly these n messages: a regenerate, its stored reply, nothing written;</li>
 *   <li>one with the first n-1: the next turn, written with the new key in the same write;</li>
 *   <li>otherwise (an edit, a branch, a new chat, a restart): a new conversation replaying the n messages, in one
 *       write. Its note follows what the client now says; the branch it left keeps its own record.</li>
 * </ul>
 * Two writers racing on one key make the loser decide again on fresh data; no well-formed history is refused.
 */
final class HistoryConversations {
    record Result(Reply reply, List<BotMessage> shown) {}

    /** Who is talking, as far as the request tells. */
    record Scope(String botId, String userId, String chatId) {
        boolean known() { return userId != null || chatId != null; }

        /** Fixed length whatever the ids, so every key fits the external_key column. */
        String prefix() {
            String who = known() ? Tokens.hash(nz(userId) + "\n" + nz(chatId)).substring(0, 16) : "-";
            return "oa:" + botId + ":" + who + ":";
        }

        private static String nz(String s) { return s == null ? "" : s; }
    }

    private static final int ATTEMPTS = 5;
    private final ConversationService service;

    HistoryConversations(ConversationService service) {
        this.service = service;
    }

    Result handle(Scope scope, List<String> users) {
        String key = key(scope, users);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<ConversationRecord> same = service.findByExternalKey(key);
            if (same.isPresent()) return regenerate(same.get());
            if (users.size() > 1) {
                Optional<ConversationRecord> before = service.findByExternalKey(key(scope, users.subList(0, users.size() - 1)))
                        .filter(r -> !r.ended());
                if (before.isPresent()) {
                    Optional<Reply> next = service.postAt(before.get(), users.get(users.size() - 1), key);
                    if (next.isPresent()) return new Result(next.get(), next.get().messages());
                    continue;
                }
            }
            Optional<Result> replayed = replay(scope, key, users);
            if (replayed.isPresent()) return replayed.get();
        }
        // Still contended after several decisions: answer from the history all the same, kept as its own record.
        return replay(scope, null, users).orElseThrow();
    }

    /** The conversation the chat last moved, for its background tasks (read-only). */
    Optional<ConversationRecord> latest(Scope scope) {
        return scope.known() ? service.store().latestByExternalKeyPrefix(scope.prefix()) : Optional.empty();
    }

    private Optional<Result> replay(Scope scope, String key, List<String> users) {
        return service.openReplayed(scope.botId(), "openai", key, users).map(r -> {
            List<BotMessage> shown = new ArrayList<>();
            if (r.clientMessages() == 1) shown.addAll(textOnly(r.welcome().messages()));
            shown.addAll(r.last().messages());
            return new Result(r.last(), shown);
        });
    }

    /** The same history again: the stored answer to its last message, shown as it was the first time. */
    private Result regenerate(ConversationRecord row) {
        List<TurnLine> lines = service.store().lines(row.id());
        int lastClient = -1;
        int clients = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).role() == TurnLine.Role.CLIENT) {
                lastClient = i;
                clients++;
            }
        }
        List<BotMessage> shown = new ArrayList<>();
        if (clients == 1) shown.addAll(textOnly(botMessages(lines.subList(0, lastClient))));
        shown.addAll(botMessages(lines.subList(lastClient + 1, lines.size())));
        Reply r = new Reply(row.id(), shown, row.stage(), row.ended(), service.state(row));
        return new Result(r, shown);
    }

    private static List<BotMessage> botMessages(List<TurnLine> lines) {
        return lines.stream().filter(l -> l.role() == TurnLine.Role.BOT)
                .map(l -> new BotMessage(l.text(), l.buttons())).toList();
    }

    /** The welcome's buttons answer a question the client's first message already addressed: text only. */
    private static List<BotMessage> textOnly(List<BotMessage> messages) {
        return messages.stream().map(m -> BotMessage.of(m.text())).toList();
    }

    static String key(Scope scope, List<String> users) {
        StringBuilder sb = new StringBuilder();
        for (String u : users) sb.append(u.length()).append(':').append(u);
        return scope.prefix() + Tokens.hash(sb.toString()).substring(0, 32);
    }
}
