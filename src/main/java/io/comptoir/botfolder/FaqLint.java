package io.comptoir.botfolder;

import io.comptoir.bot.FaqEntry;
import io.comptoir.knowledge.FaqResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the bot's FAQ each entry's own question and alternative phrasings: an entry whose question the FAQ answers
 * with another entry, or not at all, is one a client asking exactly that will not get.
 */
final class FaqLint {
    private final LintContext cx;

    FaqLint(LintContext cx) {
        this.cx = cx;
    }

    void run() {
        if (cx.faq.isEmpty()) return;
        String[] lines = cx.faq.get().split("\\R", -1);
        int heading = 0;
        for (FaqEntry e : cx.bot.knowledge().faq()) { // in file order: each heading is searched after the previous one
            heading = find(lines, heading + 1, e.question(), "#");
            check(e, e.question(), heading);
            for (String alt : e.alternatives()) check(e, alt, find(lines, heading, alt, "-"));
        }
    }

    private void check(FaqEntry e, String question, int line) {
        FaqResult r = cx.ports.faq().ask(question);
        String asked = "the FAQ question " + LintContext.quote(question) + " (entry '" + e.id() + "')";
        if (r instanceof FaqResult.Answered a) {
            if (a.entry().id().equals(e.id())) return;
            warn(line, asked + " is answered with entry '" + a.entry().id() + "' (" + LintContext.quote(a.entry()
                    .question()) + "); a client asking it gets the other answer: reword it, move it to that entry, or "
                    + "add distinctive 'Tags :' to this one");
        } else if (r instanceof FaqResult.Clarify c) {
            warn(line, asked + " is not answered: the FAQ hesitates between " + ids(c.alternatives()) + " and asks "
                    + "the client which one; make the entries more distinct (questions, 'Aussi :' phrasings, tags), "
                    + "or merge them");
        } else {
            warn(line, asked + " is not answered by the FAQ (best: " + ids(r.alternatives()) + "); reword it with "
                    + "the words of its answer, or add 'Tags :' to the entry; check with `comptoir ask DIR \"…\"`");
        }
    }

    private void warn(int line, String message) {
        cx.add(Problem.warning(BotFolderLoader.FAQ, line, message));
    }

    private static String ids(List<FaqResult.Scored> scored) {
        List<String> ids = new ArrayList<>();
        for (FaqResult.Scored s : scored) if (ids.size() < 2 && !ids.contains(s.entry().id())) ids.add("'" + s.entry().id() + "'");
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    /** The 1-based line, from line {@code from} on, of a heading or list item holding the text; 0 when not found. */
    private static int find(String[] lines, int from, String text, String prefix) {
        for (int i = Math.max(0, from - 1); i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.startsWith(prefix) && t.endsWith(text)) return i + 1;
        }
        return 0;
    }
}
