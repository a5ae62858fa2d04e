package io.comptoir.botfolder;

import io.comptoir.bot.FaqEntry;
import io.comptoir.understanding.Language;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code faq.md}: one {@code ## } heading per question, then optional metadata lines ({@code Id:},
 * {@code Aussi :}/{@code Also:} with a {@code - } list, {@code Tags :}, {@code Lien :}/{@code Link:}), then the
 * answer up to the next heading. Both languages' keywords are accepted whatever the bot's language, so a French
 * author who writes "Tags:" is not punished. Problems name the line and the fix; entries with problems are skipped.
 */
public final class FaqMarkdownParser {
    private static final Pattern META = Pattern.compile(
            "^(id|aussi|also|tags?|lien|link)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile("^[-*]\\s+(.*)$");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private FaqMarkdownParser() {}

    public static List<FaqEntry> parse(String fileName, String content, Language language, List<Problem> problems) {
        String[] lines = stripBom(content == null ? "" : content).split("\\R", -1);
        List<FaqEntry> entries = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        int i = skipPreamble(fileName, lines, problems);
        boolean anyHeading = i < lines.length;
        while (i < lines.length) {
            int start = i;
            int end = nextHeading(lines, i + 1);
            Draft d = readEntry(fileName, lines, start, end, problems);
            if (d != null) {
                Integer previous = idLines.putIfAbsent(d.id, start + 1);
                if (previous != null) {
                    problems.add(new Problem(fileName, start + 1, "id '" + d.id + "' is already used at line "
                            + previous + "; give this entry another 'Id:' line"));
                } else {
                    entries.add(new FaqEntry(d.id, d.question, d.alternatives, d.tags, d.answer, d.link));
                }
            }
            i = end;
        }
        if (!anyHeading) {
            problems.add(new Problem(fileName, 0, "no question found; start each question with a '## ' heading "
                    + "followed by its answer (or delete the file if the bot has no FAQ)"));
        }
        return List.copyOf(entries);
    }

    /** Skips the optional '# Title' and blank lines; any other text before the first question is an error. */
    private static int skipPreamble(String file, String[] lines, List<Problem> problems) {
        int i = 0;
        while (i < lines.length && !isHeading(lines[i])) {
            String t = lines[i].trim();
            if (!t.isEmpty() && !(t.startsWith("# ") || t.equals("#")) && !t.startsWith("<!--")) {
                problems.add(new Problem(file, i + 1, "text before the first question is not allowed; "
                        + "start each question with '## ' (or make this line a '# ' title)"));
                return nextHeading(lines, i);
            }
            i++;
        }
        return i;
    }

    private static Draft readEntry(String file, String[] lines, int start, int end, List<Problem> problems) {
        String question = lines[start].trim().substring(2).trim();
        int line = start + 1;
        if (question.isEmpty()) {
            problems.add(new Problem(file, line, "empty question heading; write the question after '## '"));
            return null;
        }
        Draft d = new Draft(question);
        int i = start + 1;
        boolean inAlternatives = false;
        for (; i < end; i++) {
            String t = lines[i].trim();
            if (t.isEmpty()) {
                inAlternatives = false;
                continue;
            }
            Matcher item = LIST_ITEM.matcher(t);
            if (inAlternatives && item.matches()) {
                if (!item.group(1).isBlank()) d.alternatives.add(item.group(1).trim());
                continue;
            }
            Matcher meta = META.matcher(t);
            if (!meta.matches()) break;
            inAlternatives = applyMeta(file, i + 1, meta.group(1).toLowerCase(Locale.ROOT), meta.group(2).trim(), d,
                    problems);
        }
        d.answer = answerText(lines, i, end);
        if (d.answer.isEmpty()) {
            problems.add(new Problem(file, line, "the question '" + question + "' has no answer; write the answer "
                    + "below the heading (and its metadata lines), before the next '##'"));
            return null;
        }
        if (d.id == null) d.id = slug(question);
        return d;
    }

    /** Returns true when the line opens the list of alternative phrasings. */
    private static boolean applyMeta(String file, int line, String key, String value, Draft d, List<Problem> problems) {
        switch (key) {
            case "id" -> {
                if (!ID.matcher(value).matches()) {
                    problems.add(new Problem(file, line, "id '" + value + "' is not valid; use letters, digits and "
                            + "dashes only, e.g. 'prix-vitrine'"));
                } else {
                    d.id = value;
                }
            }
            case "aussi", "also" -> {
                if (!value.isEmpty()) d.alternatives.add(value);
                return true;
            }
            case "tag", "tags" -> {
                for (String tag : value.split("[,;]")) if (!tag.isBlank()) d.tags.add(tag.trim());
            }
            default -> { // lien, link
                if (!value.startsWith("http://") && !value.startsWith("https://")) {
                    problems.add(new Problem(file, line, "link '" + value + "' is not a web address; write it as "
                            + "https://..."));
                } else {
                    d.link = value;
                }
            }
        }
        return false;
    }

    private static String answerText(String[] lines, int from, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < end; i++) sb.append(lines[i].stripTrailing()).append('\n');
        return sb.toString().strip().replaceAll("\\n{3,}", "\n\n");
    }

    private static int nextHeading(String[] lines, int from) {
        int i = from;
        while (i < lines.length && !isHeading(lines[i])) i++;
        return i;
    }

    private static boolean isHeading(String line) {
        String t = line.trim();
        return t.startsWith("## ") || t.equals("##");
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** A default id from the question: lower case, no accents, dashes, at most 60 characters. */
    static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 60) s = s.substring(0, 60).replaceAll("-+$", "");
        return s.isEmpty() ? "entry" : s;
    }

    private static final class Draft {
        final String question;
        String id;
        String answer;
        String link;
        final List<String> alternatives = new ArrayList<>();
        final List<String> tags = new ArrayList<>();

        Draft(String question) { this.question = question; }
    }
}
