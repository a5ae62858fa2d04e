package io.comptoir.engine;

import io.comptoir.bot.Question;
import io.comptoir.understanding.Entity;
import io.comptoir.understanding.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Says collected values back to the client in natural words of the bot's language. */
public final class Formats {
    private final Texts texts;

    private final DateTimeFormatter dates;

    Formats(Texts texts) {
        this.texts = texts;
        this.dates = DateTimeFormatter.ofPattern(texts.list("fmt_date_pattern").get(0), texts.language().locale());
    }

    /** Immutable, so one per language (the note builds one for every conversation). */
    private static final java.util.Map<Language, Formats> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

    public static Formats of(Language language) { return BY_LANGUAGE.computeIfAbsent(language, l -> new Formats(Texts.of(l))); }

    public String value(Answer a) {
        if (a instanceof Answer.Choice c) return lowerFirst(c.label());
        if (a instanceof Answer.Money m) return money(m.money());
        if (a instanceof Answer.Date d) return Texts.fill(texts.list("fmt_date").get(0), "date", d.value().format(dates));
        if (a instanceof Answer.Count c) {
            return texts.pick(c.value() == 1 ? "fmt_headcount_one" : "fmt_headcount", 0, "n", String.valueOf(c.value()));
        }
        if (a instanceof Answer.YesNo y) return texts.pick(y.value() ? "fmt_yes" : "fmt_no", 0);
        if (a instanceof Answer.Text t) return texts.pick("fmt_quote", 0, "text", shorten(t.value(), 80));
        return texts.pick("fmt_unknown", 0);
    }

    /** The acknowledgement of one answer, using the question's own wording when its author gave one. */
    public String acknowledgement(Question q, Answer a) {
        String v = value(a);
        if (q.acknowledgement() != null && !q.acknowledgement().isBlank()) return Texts.fill(q.acknowledgement(), "value", v);
        if (a instanceof Answer.YesNo y && SlotReader.isDecisionQuestion(q)) return texts.pick(y.value() ? "ack_decision_yes" : "ack_decision_no", 0);
        if (a instanceof Answer.YesNo) return null;
        if (a instanceof Answer.Text && q.type() != io.comptoir.bot.SlotType.TEXT) return null; // "asap": the reaction says it
        if (a instanceof Answer.Money m) return money(m.money(), "ack");
        if (a instanceof Answer.Date) return texts.pick("ack_date", 0, "value", v);
        if (a instanceof Answer.Count) return texts.pick("ack_headcount", 0, "value", v);
        return v;
    }

    public String money(Entity.Money m) { return money(m, "fmt"); }

    /** @param kind "fmt" for the bare value, "ack" for the acknowledgement wording */
    String money(Entity.Money m, String kind) {
        String cur = m.currency() == null ? "EUR" : m.currency();
        String s;
        if (m.amount() != null) s = texts.pick(kind + "_money_amount", 0, "amount", amount(m.amount(), cur));
        else if (m.min() != null && m.max() != null)
            s = texts.pick(kind + "_money_range", 0, "min", amount(m.min(), cur), "max", amount(m.max(), cur));
        else if (m.max() != null) s = texts.pick(kind + "_money_max", 0, "max", amount(m.max(), cur));
        else s = texts.pick(kind + "_money_min", 0, "min", amount(m.min(), cur));
        if (m.period() != null) s += texts.pick("fmt_period_" + m.period().name().toLowerCase(java.util.Locale.ROOT), 0);
        return s;
    }

    /** "8 000 €" in French, "€8,000" in English; plain spaces so that authors can write them in scenarios. */
    public String amount(BigDecimal value, String currency) {
        BigDecimal v = value.stripTrailingZeros();
        boolean whole = v.scale() <= 0;
        String digits = whole ? v.setScale(0, RoundingMode.HALF_UP).toPlainString() : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
        String intPart = digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits;
        String frac = digits.contains(".") ? digits.substring(digits.indexOf('.') + 1) : null;
        boolean fr = texts.language() == Language.FR;
        String grouped = group(intPart, fr ? " " : ",");
        String number = frac == null ? grouped : grouped + (fr ? "," : ".") + frac;
        String symbol = switch (currency) {
            case "EUR" -> "€";
            case "USD" -> "$";
            case "GBP" -> "£";
            case "CHF" -> "CHF";
            default -> currency;
        };
        return fr ? number + " " + symbol : (symbol.length() == 1 ? symbol + number : number + " " + symbol);
    }

    private static String group(String digits, String sep) {
        boolean neg = digits.startsWith("-");
        String d = neg ? digits.substring(1) : digits;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            if (i > 0 && (d.length() - i) % 3 == 0) sb.append(sep);
            sb.append(d.charAt(i));
        }
        return (neg ? "-" : "") + sb;
    }

    /** A phone number as people write it at home: "06 12 34 56 78", "(415) 555-0132"; others stay in E.164. */
    public static String phone(String e164) {
        if (e164 == null) return null;
        if (e164.matches("\\+33\\d{9}")) {
            String n = "0" + e164.substring(3);
            return String.join(" ", n.substring(0, 2), n.substring(2, 4), n.substring(4, 6), n.substring(6, 8), n.substring(8));
        }
        if (e164.matches("\\+1\\d{10}")) {
            return "(" + e164.substring(2, 5) + ") " + e164.substring(5, 8) + "-" + e164.substring(8);
        }
        return e164;
    }

    /** "a, b et c" / "a, b and c". */
    public String join(List<String> parts) {
        if (parts.isEmpty()) return "";
        if (parts.size() == 1) return parts.get(0);
        String and = texts.pick("fmt_and", 0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + and + " " + parts.get(parts.size() - 1);
    }

    public static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) return s;
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) return s; // acronyms such as "SEO"
        if (s.startsWith("I ") || s.startsWith("I'") || s.startsWith("I’")) return s; // English "I"
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    public static String upperFirst(String s) {
        if (s == null || s.isEmpty()) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).trim() + "…";
    }
}
