package io.comptoir.http;

import io.comptoir.store.ConversationRecord;
import io.comptoir.store.TurnLine;
import java.util.List;

/** A conversation for people: the transcript, then the CRM note's own Markdown. */
final class TranscriptMarkdown {
    private TranscriptMarkdown() {}

    static String render(ConversationRecord row, List<TurnLine> lines, String noteMarkdown) {
        StringBuilder md = new StringBuilder();
        md.append("# Conversation ").append(row.id()).append("\n\n");
        md.append("- Bot: ").append(row.botId()).append("\n- Started: ").append(row.startedAt())
                .append("\n- Status: ").append(row.status()).append(" (").append(row.stage()).append(")\n\n");
        md.append("## Transcript\n\n");
        for (TurnLine l : lines) {
            md.append(l.role() == TurnLine.Role.CLIENT ? "**Client:** " : "**Bot:** ")
                    .append(l.text().replace("\n", "  \n"));
            if (!l.buttons().isEmpty()) md.append("  \n_[").append(String.join("] [", l.buttons())).append("]_");
            md.append("\n\n");
        }
        if (noteMarkdown != null) md.append(noteMarkdown.strip()).append("\n");
        return md.toString();
    }
}
