package io.comptoir.engine;

import io.comptoir.bot.Question;
import io.comptoir.bot.SlotType;
import io.comptoir.understanding.Analysis;
import io.comptoir.understanding.Entity;
import io.comptoir.understanding.Language;
import io.comptoir.understanding.Signal;
import io.comptoir.understanding.TextMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the value a message gives for one question. Every message is searched for every question; a question
 * that was not asked is filled only from unambiguous evidence (an entity of its type, a named option), while the
 * question just asked also accepts yes/no, bare numbers and free text.
 */
final class SlotReader {
    /** "12", "on est 12", "12 environ": a bare number answering the headcount question. */
    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("(?U)\\D{0,12}\\d{1,6}\\W*\\D{0,20}");
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("(\\d)[ .,\\u00a0\\u202f](\\d{3})(?!\\d)");
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile(
            "(?iU)\\D{0,40}?(\\d{1,9}(?:[.,]\\d{1,2})?)\\s*(k(?![a-z]))?\\D{0,20}");
    private static final java.util.regex.Pattern NOT_DIGIT = java.util.regex.Pattern.compile("[^0-9]");
    private final TextMatcher matcher;
    private final Language language;

    private final String defaultCurrency;
    private final java.util.Set<String> yesNoWords;
    private final java.util.regex.Pattern range;
    private final Negation negation;
    /** Each question's options as the matcher takes them, built once (one reader per bot). */
    private final java.util.Map<String, List<TextMatcher.Choice>> choicesOf = new java.util.concurrent.ConcurrentHashMap<>();

    /** The words that rule an option out, from {@code option_negation_*} in the language's replies file. */
    private record Negation(java.util.Set<String> always, java.util.Set<String> weak, java.util.Set<String> lead,
                            java.util.Set<String> fillers, java.util.Set<String> need) {
        static Negation of(Texts t) {
            return new Negation(set(t, "always"), set(t, "weak"), set(t, "lead"), set(t, "fillers"), set(t, "need"));
        }

        /** Whether a negation word may be in the (folded) text at all: most messages have none. */
        boolean mayOccur(String folded) {
            for (String w : always) if (folded.contains(w)) return true;
            for (String w : weak) if (folded.contains(w)) return true;
            return false;
        }

        private static java.util.Set<String> set(Texts t, String kind) {
            return java.util.Set.copyOf(t.list("option_negation_" + kind).stream().map(Texts::fold).toList());
        }
    }

    SlotReader(TextMatcher matcher, Language language, String defaultCurrency) {
        this.matcher = matcher;
        this.language = language;
        this.defaultCurrency = defaultCurrency;
        this.yesNoWords = java.util.Set.copyOf(Texts.of(language).list("yes_no_words"));
        this.negation = Negation.of(Texts.of(language));
        String words = String.join("|", Texts.of(language).list("range_words").stream().map(java.util.regex.Pattern::quote).toList());
        this.range = java.util.regex.Pattern.compile("(?iU)\\D{0,40}?(\\d{1,9}(?:[.,]\\d{1,2})?)\\s*(k(?![a-z]))?\\s*(?:" + words
                + ")\\s*(\\d{1,9}(?:[.,]\\d{1,2})?)\\s*(k(?![a-z]))?\\D{0,20}");
    }

    /**
     * @param previous the value already held (to pick a different option on a correction), or null
     */
    Optional<Answer> read(Question q, Analysis a, String text, boolean asked, Answer previous) {
        return read(q, a, text, asked, previous, null);
    }

    /**
     * @param today a date that was not asked for fills a date question only when it lies ahead ("ce soir" in an
     *              off-topic request is not a launch date)
     */
    Optional<Answer> read(Question q, Analysis a, String text, boolean asked, Answer previous, java.time.LocalDate today) {
        return switch (q.type()) {
            case CHOICE -> pick(options(q, text), previous).filter(c -> asked || !yesNoWord(((Answer.Choice) c).quote()));
            case MONEY -> a.first(Entity.Money.class).map(m -> (Answer) new Answer.Money(withCurrency(m), quote(m.text(), text)))
                    .or(() -> asked ? bareAmount(a, text) : Optional.empty());
            case DATE -> date(a, text, asked, today);
            case HEADCOUNT -> headcount(a, text, asked);
            case EMAIL -> a.first(Entity.Email.class).map(e -> new Answer.Text(e.value(), e.text()));
            case PHONE -> a.first(Entity.Phone.class).map(p -> new Answer.Text(p.value(), p.text()));
            case YES_NO -> yesNo(q, a, text, asked);
            case TEXT -> asked && text.codePoints().filter(Character::isLetter).count() >= 2
                    && !a.has(Signal.HESITATION) ? Optional.of(new Answer.Text(Formats.shorten(text.trim(), 500), text))
                    : Optional.empty();
        };
    }

    /** An amount without a currency is in the bot's usual currency ("8000" to a French shop means euros). */
    private Entity.Money withCurrency(Entity.Money m) {
        if (m.currency() != null) return m;
        return new Entity.Money(m.text(), m.amount(), m.min(), m.max(), defaultCurrency, m.period());
    }

    /**
     * Every option the text names, best first, except the ones it rules out ("pas besoin de boutique, juste un
     * site vitrine", "not really the account"): a negation among the few words before the option, in its clause.
     */
    List<Answer.Choice> options(Question q, String text) {
        for (Question.ChoiceOption o : q.options()) {
            if (o.label().equalsIgnoreCase(text.trim())) return List.of(new Answer.Choice(o.id(), o.label(), text));
        }
        List<TextMatcher.Choice> choices = choicesOf.computeIfAbsent(q.id(), id -> q.options().stream().map(o -> {
            List<String> phrases = new ArrayList<>(o.synonyms());
            phrases.add(0, o.label());
            return new TextMatcher.Choice(o.id(), List.copyOf(phrases));
        }).toList());
        List<Answer.Choice> out = new ArrayList<>();
        List<TextMatcher.Match> matches = matcher.matchAll(text, choices, language);
        boolean mayNegate = !matches.isEmpty() && negation.mayOccur(Texts.fold(text));
        for (TextMatcher.Match m : matches) {
            if (mayNegate && negated(text, m.text())) continue;
            q.option(m.id()).ifPresent(o -> out.add(new Answer.Choice(o.id(), o.label(), m.text())));
        }
        return out;
    }

    /** The option meant among those named, if any. */
    Optional<Answer> pick(List<Answer.Choice> named, Answer previous) {
        if (named.isEmpty()) return Optional.empty();
        // "en fait non, plutôt une boutique" names both the old and the new option: the new one is the one meant
        if (previous instanceof Answer.Choice old && named.size() > 1 && named.get(0).id().equals(old.id())) return Optional.of(named.get(1));
        return Optional.of(named.get(0));
    }

    /**
     * Whether the words just before {@code span}, in its clause, rule the option out: "sans", "aucun", "without"
     * whatever comes before; "pas", "not" when they open the clause ("pas de boutique"), follow a word that makes
     * them about the choice ("je ne veux pas de…", "it's not the…") or come with a need word ("pas besoin de…").
     * Only fillers ("de", "une", "vraiment", "the") may stand between: "I don't remember my password" rules
     * nothing out.
     */
    private boolean negated(String text, String span) {
        int at = text.indexOf(span);
        if (at <= 0) return false;
        String before = Texts.fold(text.substring(0, at));
        int clause = -1;
        for (char c : new char[] {',', '.', ';', '!', '?', ':', '(', '\n'}) clause = Math.max(clause, before.lastIndexOf(c));
        List<String> words = new ArrayList<>();
        for (String w : before.substring(clause + 1).split("[^\\p{L}']+")) if (!w.isEmpty()) words.add(w);
        boolean need = false;
        for (int i = words.size() - 1; i >= 0 && i >= words.size() - 6; i--) {
            String w = words.get(i);
            if (in(negation.always(), w)) return true;
            if (in(negation.weak(), w)) return i == 0 || need || in(negation.lead(), words.get(i - 1));
            if (!in(negation.fillers(), w) && !in(negation.need(), w)) return false;
            need |= in(negation.need(), w);
        }
        return false;
    }

    /** A word as written, or without its elision ("d'une" as "d", "n'est" as "n"), is in the list. */
    private static boolean in(java.util.Set<String> list, String w) {
        int apostrophe = w.indexOf('\'');
        return list.contains(w) || apostrophe > 0 && apostrophe <= 2 && list.contains(w.substring(0, apostrophe));
    }

    /** "asap" to "when?" answers it: the client's words are kept, and the urgency indicator says the rest. */
    private static Optional<Answer> date(Analysis a, String text, boolean asked, java.time.LocalDate today) {
        Optional<Answer> d = a.all(Entity.Date.class).stream().filter(x -> asked || today == null || x.value().isAfter(today))
                .findFirst().map(x -> new Answer.Date(x.value(), quote(x.text(), text)));
        if (d.isEmpty() && asked && a.has(Signal.URGENT)) return Optional.of(new Answer.Text(Formats.shorten(text.trim(), 100), text));
        return d;
    }

    /**
     * An option named only by "oui"/"non" (an author's synonym for a yes/no choice) counts only as the answer to
     * that very question: "finalement oui" to another question must not change it.
     */
    private boolean yesNoWord(String matched) {
        return matched != null && yesNoWords.contains(Texts.fold(matched.trim()));
    }

    /**
     * "8000" or "8 000" or "8k" in reply to the budget question: the question is the money context. A hesitant
     * lead-in ("bof, peut-être 5000") still gives the figure; the hesitation itself is flagged elsewhere.
     */
    private Optional<Answer> bareAmount(Analysis a, String text) {
        if (!a.entities().isEmpty()) return Optional.empty();
        String t = GROUPED.matcher(text.trim()).replaceAll("$1$2");
        java.util.regex.Matcher r = range.matcher(t);
        if (r.matches()) return bareRange(r, text.trim());
        java.util.regex.Matcher m = AMOUNT.matcher(t);
        if (!m.matches() || glued(t, m.start(1), m.end(1))) return Optional.empty();
        java.math.BigDecimal v = new java.math.BigDecimal(m.group(1).replace(',', '.'));
        if (m.group(2) != null) v = v.multiply(java.math.BigDecimal.valueOf(1000));
        return Optional.of(new Answer.Money(new Entity.Money(text.trim(), v, null, null, defaultCurrency, null), text.trim()));
    }

    /** "alert(1)", "v2", "(3)": a number stuck to a word or a bracket is part of it, not an amount on its own. */
    private static boolean glued(String t, int start, int end) {
        char before = start > 0 ? t.charAt(start - 1) : ' ';
        char after = end < t.length() ? t.charAt(end) : ' ';
        return Character.isLetter(before) || before == '(' || before == '[' || after == ')' || after == ']';
    }

    /** "3000 à 5000", "3 à 5k", "3k-5k" in reply to the budget question: a range in the bot's currency. */
    private Optional<Answer> bareRange(java.util.regex.Matcher r, String text) {
        java.math.BigDecimal thousand = java.math.BigDecimal.valueOf(1000);
        java.math.BigDecimal min = new java.math.BigDecimal(r.group(1).replace(',', '.'));
        java.math.BigDecimal max = new java.math.BigDecimal(r.group(3).replace(',', '.'));
        if (r.group(4) != null) max = max.multiply(thousand);
        // "3 à 5k": the k of the upper bound applies to a lower bound written without it
        if (r.group(2) != null || r.group(4) != null && min.compareTo(thousand) < 0) min = min.multiply(thousand);
        if (min.compareTo(max) > 0) return Optional.empty();
        return Optional.of(new Answer.Money(new Entity.Money(text, null, min, max, defaultCurrency, null), text));
    }

    private Optional<Answer> headcount(Analysis a, String text, boolean asked) {
        Optional<Entity.Headcount> h = a.first(Entity.Headcount.class);
        if (h.isPresent()) return Optional.of(new Answer.Count(h.get().value(), h.get().text()));
        if (!asked) return Optional.empty();
        String digits = NOT_DIGIT.matcher(text).replaceAll("");
        if (BARE_NUMBER.matcher(text.trim()).matches() && !digits.isEmpty()
                && a.first(Entity.Money.class).isEmpty() && a.first(Entity.Date.class).isEmpty()) {
            return Optional.of(new Answer.Count(Integer.parseInt(digits), text.trim()));
        }
        return Optional.empty();
    }

    private Optional<Answer> yesNo(Question q, Analysis a, String text, boolean asked) {
        if (isDecisionQuestion(q)) {
            if (a.has(Signal.NOT_DECISION_MAKER)) return Optional.of(new Answer.YesNo(false, text));
            if (a.has(Signal.DECISION_MAKER)) return Optional.of(new Answer.YesNo(true, text));
        }
        if (!asked) return Optional.empty();
        boolean yes = a.has(Signal.AFFIRM), no = a.has(Signal.DENY);
        if (yes == no) return Optional.empty();
        return Optional.of(new Answer.YesNo(yes, text));
    }

    /** A yes/no question about who decides also feeds the decision-maker indicator (by convention of its id). */
    static boolean isDecisionQuestion(Question q) {
        return q.type() == SlotType.YES_NO && q.id().toLowerCase(java.util.Locale.ROOT).contains("decision");
    }

    private static String quote(String span, String text) {
        return span == null || span.isBlank() ? text : span;
    }

    /** Whether two answers carry the same value as the note stores it. */
    static boolean same(Answer x, Answer y) {
        if (x instanceof Answer.Choice a && y instanceof Answer.Choice b) return a.id().equals(b.id());
        if (x instanceof Answer.Money a && y instanceof Answer.Money b) {
            return eq(a.money().amount(), b.money().amount()) && eq(a.money().min(), b.money().min())
                    && eq(a.money().max(), b.money().max());
        }
        if (x instanceof Answer.Date a && y instanceof Answer.Date b) return a.value().equals(b.value());
        if (x instanceof Answer.Count a && y instanceof Answer.Count b) return a.value() == b.value();
        if (x instanceof Answer.YesNo a && y instanceof Answer.YesNo b) return a.value() == b.value();
        if (x instanceof Answer.Text a && y instanceof Answer.Text b) return a.value().equalsIgnoreCase(b.value());
        return x instanceof Answer.Unknown && y instanceof Answer.Unknown;
    }

    private static boolean eq(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
