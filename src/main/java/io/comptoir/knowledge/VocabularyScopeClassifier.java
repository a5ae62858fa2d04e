package io.comptoir.knowledge;

import io.comptoir.understanding.Analysis;
import io.comptoir.understanding.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a message is something the bot handles, from the bot's own words rather than sentence lists:
 * <ol>
 *   <li>a message matching a language pattern of {@code out-of-scope.txt} (attempts to reveal instructions or
 *   internal notes, jokes, homework, general knowledge) is out of scope, whatever else it says;</li>
 *   <li>a message matching a pattern of {@code in-scope.txt} (the client introduces themselves, gives a contact
 *   detail) is in scope;</li>
 *   <li>its content terms are the analysed terms minus neutral words ({@code neutral.txt}) and the words of the
 *   entities the understanding layer found (amounts, dates, headcounts, e-mails, phones);</li>
 *   <li>no content term left (greetings, thanks, yes/no, "je ne sais pas", a budget, a date, contact details):
 *   in scope — the conversation flow handles it;</li>
 *   <li>else coverage = Σ w(t) / |content| with w = 1 for a term of the bot's topic vocabulary (FAQ questions,
 *   alternatives and tags, catalog, offer, scope list, intake questions and options), 0.5 for a term found only in
 *   FAQ answers, 0 otherwise; in scope when coverage ≥ {@value #MIN_COVERAGE}, or coverage ≥
 *   {@value #MIN_COVERAGE_WITH_FAQ} and the FAQ retrieval score reaches {@value #MIN_FAQ_SCORE} (half the words
 *   are the bot's and a FAQ entry matches), or coverage ≥ {@value #MIN_COVERAGE_WITH_CENTRAL} with a central word
 *   of the bot (its offer line, its scope list, or a word of 3+ FAQ entries, questions or items: "des sites pour
 *   les restaurants" is an agency question), or when a single unknown term comes with conversation signals (a
 *   greeting or a yes around a name, say).</li>
 * </ol>
 */
final class VocabularyScopeClassifier implements ScopeClassifier {
    static final double MIN_COVERAGE = 0.6;
    static final double MIN_COVERAGE_WITH_FAQ = 0.4;
    static final double MIN_COVERAGE_WITH_CENTRAL = 0.5;
    static final double MIN_FAQ_SCORE = 0.2;
    static final double ANSWER_ONLY_WEIGHT = 0.5;
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");

    private final LanguagePack pack;
    private final QueryTransformer transformer;
    private final BotAnalyzer analyzer;
    private final Set<String> topic;
    private final Set<String> answerOnly;
    private final Set<String> neutral;
    private final FaqAnswerer faq;
    private final Set<String> central;
    private final Set<String> generic;
    private final boolean headFirst;
    private final Pattern addressee;

    VocabularyScopeClassifier(LanguagePack pack, QueryTransformer transformer, BotAnalyzer analyzer,
                              Set<String> topicTerms, Set<String> answerTerms, Set<String> centralTerms,
                              FaqAnswerer faq) {
        this.pack = pack;
        this.central = Set.copyOf(centralTerms);
        this.faq = faq;
        this.transformer = transformer;
        this.analyzer = analyzer;
        this.topic = Set.copyOf(topicTerms);
        Set<String> answers = new HashSet<>(answerTerms);
        answers.removeAll(topicTerms);
        this.answerOnly = Set.copyOf(answers);
        this.neutral = Set.copyOf(analyzer.terms(String.join(" ", pack.neutralWords)));
        String you = pack.optional("scope.addressee");
        this.addressee = you == null ? null : Pattern.compile(you, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.headFirst = !"last".equals(pack.optional("scope.head"));
        this.generic = Set.copyOf(analyzer.terms(String.join(" ", pack.genericWords)));
    }

    @Override
    public boolean inScope(String text, Analysis analysis) {
        String folded = transformer.normalize(text);
        for (Pattern p : pack.outOfScope) if (p.matcher(folded).find()) return false;
        for (Pattern p : pack.inScope) if (p.matcher(folded).find()) return true;
        List<String> content = contentTerms(text, analysis);
        if (content.isEmpty()) return true;
        List<String> judged = addressesTheBot(folded) ? objects(content) : content;
        double coverage = coverage(judged);
        if (coverage >= MIN_COVERAGE) return true;
        // a partly known request is the bot's only when what it asks for (its head) is a word of the bot; a
        // generic verb ("vous vendez des trottinettes électriques ?") makes the request explicit
        boolean headKnown = known(head(judged));
        boolean request = judged.size() < content.size();
        if (headKnown && coverage >= MIN_COVERAGE_WITH_CENTRAL && judged.stream().anyMatch(central::contains)) {
            return true;
        }
        if ((headKnown || !request) && coverage >= MIN_COVERAGE_WITH_FAQ
                && faq.ask(text).score() >= MIN_FAQ_SCORE) return true;
        return content.size() == 1 && analysis != null && !analysis.signals().isEmpty();
    }

    /**
     * What the request is about: the content terms minus generic request verbs ({@code generic.txt}: sell, fix,
     * do, have...), which say what the client wants done but not of what; a bot that repairs bikes does not repair
     * cars. When only generic verbs are left ("vous réparez ?"), they are judged themselves.
     */
    private List<String> objects(List<String> content) {
        List<String> objects = content.stream().filter(t -> !(generic.contains(t) && known(t))).toList();
        return objects.isEmpty() ? content : objects;
    }

    /** "vous réparez…", "can you fix…": the client asks what the bot does, not about their own activity. */
    private boolean addressesTheBot(String folded) {
        return addressee != null && addressee.matcher(folded).find();
    }

    private boolean known(String term) {
        return topic.contains(term) || answerOnly.contains(term);
    }

    /**
     * The head of the object, which a central word cannot stand in for: "trottinettes électriques" is about
     * scooters, "sites pour les restaurants" about sites. French puts the noun first, English last
     * ({@code scope.head} in the language's templates). Generic verbs are never the head, known or not.
     */
    private String head(List<String> objects) {
        List<String> nouns = objects.stream().filter(t -> !generic.contains(t)).toList();
        if (nouns.isEmpty()) nouns = objects; // "vous réparez ?": the verb is all there is
        return headFirst ? nouns.get(0) : nouns.get(nouns.size() - 1);
    }

    /** The share of the message's topic words that the bot knows, 0..1 (1 when there is no topic word). */
    double coverage(String text, Analysis analysis) {
        List<String> content = contentTerms(text, analysis);
        return content.isEmpty() ? 1 : coverage(content);
    }

    private double coverage(List<String> content) {
        double known = 0;
        for (String t : content) known += topic.contains(t) ? 1 : answerOnly.contains(t) ? ANSWER_ONLY_WEIGHT : 0;
        return known / content.size();
    }

    private List<String> contentTerms(String text, Analysis analysis) {
        Set<String> drop = new HashSet<>(neutral);
        if (analysis != null) {
            for (Entity e : analysis.entities()) drop.addAll(analyzer.terms(LanguagePack.fold(e.text())));
        }
        // contact details say nothing about the topic, even when the understanding layer did not tag them
        String withoutContacts = text == null ? "" : EMAIL.matcher(text).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String t : transformer.terms(withoutContacts)) {
            // numbers, emoji and symbols carry no topic
            if (!drop.contains(t) && t.chars().anyMatch(Character::isLetter)) out.add(t);
        }
        return out;
    }
}
