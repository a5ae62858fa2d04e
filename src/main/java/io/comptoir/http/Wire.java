package io.comptoir.http;

import io.comptoir.engine.BotMessage;
import io.comptoir.store.ConversationRecord;
import io.comptoir.store.TurnLine;
import java.time.Instant;
import java.util.List;

/** Wire DTOs of the REST and internal APIs (serialised snake_case by {@link Json#MAPPER}) and their one mapper. */
final class Wire {
    private Wire() {}

    record Message(String text, List<String> buttons) {}

    record Opened(String conversationId, String token, String bot, List<Message> messages, String stage,
                  boolean ended) {}

    record Turn(List<Message> messages, String stage, boolean ended) {}

    record Line(String role, String text, List<String> buttons, Instant at) {}

    record Transcript(String conversationId, String bot, String stage, boolean ended, List<Line> transcript) {}

    record Summary(String conversationId, String bot, String channel, String status, String stage,
                   Instant startedAt, Instant updatedAt, String qualification, boolean hasContact, Integer csat,
                   int turns) {}

    static List<Message> messages(List<BotMessage> messages) {
        return messages.stream().map(m -> new Message(m.text(), m.buttons())).toList();
    }

    static List<Line> lines(List<TurnLine> lines) {
        return lines.stream().map(l -> new Line(l.role().name().toLowerCase(), l.text(), l.buttons(), l.at())).toList();
    }

    static Summary summary(ConversationRecord r) {
        return new Summary(r.id(), r.botId(), r.channel(), r.status(), r.stage(), r.startedAt(), r.updatedAt(),
                r.qualification(), r.contactEmail() != null || r.contactPhone() != null, r.csat(), r.turnCount());
    }
}
