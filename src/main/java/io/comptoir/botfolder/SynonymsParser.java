package io.comptoir.botfolder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code synonyms.txt}: one group a line, terms separated by commas ("site vitrine, site web, site
 * internet"); the first term is the group's canonical form. Blank lines and lines starting with {@code #} are
 * ignored.
 */
public final class SynonymsParser {
    private SynonymsParser() {}

    public static List<List<String>> parse(String fileName, String content, List<Problem> problems) {
        String s = content == null ? "" : content.startsWith("\uFEFF") ? content.substring(1) : content;
        String[] lines = s.split("\\R", -1);
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].trim();
            if (t.isEmpty() || t.startsWith("#")) continue;
            if (t.contains("=>")) {
                problems.add(new Problem(fileName, i + 1, "'=>' is not supported; write the equivalent terms on one "
                        + "line separated by commas"));
                continue;
            }
            Set<String> terms = new LinkedHashSet<>();
            for (String term : t.split(",")) if (!term.isBlank()) terms.add(term.trim().replaceAll("\\s+", " "));
            if (terms.size() < 2) {
                problems.add(new Problem(fileName, i + 1, "a synonym group needs at least two terms separated by "
                        + "commas, e.g. 'site vitrine, site web'"));
                continue;
            }
            groups.add(List.copyOf(terms));
        }
        return List.copyOf(groups);
    }
}
