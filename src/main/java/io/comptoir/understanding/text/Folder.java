package io.comptoir.understanding.text;

import java.text.Normalizer;

/**
 * Folds a message for matching: lower case, no accents, one kind of space, apostrophe and dash, no emoji,
 * while remembering for every folded character where it came from, so that entities can quote the client's
 * own words.
 */
public final class Folder {
    private static final int TABLE_SIZE = 0x250;
    private static final String[] TABLE = new String[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) TABLE[c] = computeFold(c);
    }

    private Folder() {}

    /** The folded text and, for each of its characters, the index of the original character. */
    public record Folded(String text, int[] origin) {
        /** Original offset of the folded position {@code i} (may be the end of the text). */
        public int originAt(int i) { return i < origin.length ? origin[i] : origin.length == 0 ? 0 : origin[origin.length - 1] + 1; }
    }

    public static Folded fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length() * 2 + 1];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String f = foldChar(c);
            for (int k = 0; k < f.length(); k++) {
                out.append(f.charAt(k));
                origin[n++] = i;
            }
        }
        int[] trimmed = new int[n];
        System.arraycopy(origin, 0, trimmed, 0, n);
        return new Folded(out.toString(), trimmed);
    }

    /** The folded form of a whole string, without offsets (for lexicon entries). */
    public static String foldString(String s) { return fold(s).text(); }

    private static String foldChar(char c) {
        if (c < TABLE_SIZE) return TABLE[c];
        return computeFold(c);
    }

    private static String computeFold(char c) {
        switch (c) {
            case '\u00A0', '\u202F', '\u2007', '\u2009', '\u200A', '\u2060', '\u3000', '\t', '\r', '\f':
                return " ";
            case '\u2019', '\u2018', '\u02BC', '\u00B4', '`', '\u2032':
                return "'";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
                return "-";
            case '\u0153': return "oe";
            case '\u0152': return "oe";
            case '\u00E6', '\u00C6': return "ae";
            case '\u00DF': return "ss";
            case '\u2026': return ".";
            case '\u00AB', '\u00BB', '\u201C', '\u201D': return "\"";
            default: break;
        }
        if (c == '\n') return "\n";
        if (Character.isSurrogate(c) || c == '\uFE0F' || c == '\u200D') return " ";
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) return "";
        if (type == Character.OTHER_SYMBOL || type == Character.CONTROL || type == Character.FORMAT) return " ";
        if (Character.isSpaceChar(c)) return " ";
        if (Character.isLetter(c)) {
            String d = Normalizer.normalize(String.valueOf(Character.toLowerCase(c)), Normalizer.Form.NFD);
            StringBuilder b = new StringBuilder(1);
            for (int i = 0; i < d.length(); i++) {
                if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) b.append(d.charAt(i));
            }
            return b.toString();
        }
        if (Character.isDigit(c) && c > '9') return " ";
        return String.valueOf(c);
    }
}
