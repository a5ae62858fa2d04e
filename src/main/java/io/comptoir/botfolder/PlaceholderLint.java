package io.comptoir.botfolder;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Placeholders the bot cannot fill. The bot fills only {@code {value}} in an acknowledgement (checked when loading)
 * and {@code {id}} in a product link; a {@code {name}} anywhere else reaches the client as it is written.
 */
final class PlaceholderLint {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}\\s]{1,40}}");
    private static final List<String> TOP = List.of("welcome", "disclosure", "offer");
    private static final List<String> QUESTION = List.of("ask", "help", "examples", "options");

    private final LintContext cx;

    PlaceholderLint(LintContext cx) {
        this.cx = cx;
    }

    void run() {
        for (String key : TOP) texts("'" + key + "'", null, key);
        for (int i = 0; i < cx.bot.questions().size(); i++) {
            String where = "question '" + cx.bot.questions().get(i).id() + "'";
            for (String key : QUESTION) texts("'" + key + "' of " + where, null, "questions", i, key);
        }
        for (int i = 0; i < cx.bot.ctaRules().size(); i++) {
            texts("the message of cta rule " + (i + 1), null, "cta", i, "message");
            texts("the link of cta rule " + (i + 1), "{id}", "cta", i, "link");
        }
        texts("the link of 'recommend'", "{id}", "recommend", "link");
        cx.faq.ifPresent(this::faq);
    }

    private void texts(String what, String allowed, Object... path) {
        for (ScalarNode s : cx.lines.scalars(path)) {
            String bad = unfilled(s.getValue(), allowed);
            if (bad != null) cx.error(YamlDoc.line(s), message(what, bad, allowed));
        }
    }

    private void faq(String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String bad = unfilled(lines[i], null);
            if (bad != null) cx.add(new Problem(BotFolderLoader.FAQ, i + 1, message("this FAQ text", bad, null)));
        }
    }

    private static String unfilled(String text, String allowed) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) if (!m.group().equals(allowed)) return m.group();
        return null;
    }

    private static String message(String what, String placeholder, String allowed) {
        return what + " contains " + placeholder + ", which the bot never fills, so clients would read it as it is; "
                + (allowed == null ? "write the text itself" : "the only placeholder here is " + allowed);
    }
}
