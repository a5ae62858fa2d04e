package io.comptoir.knowledge;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.CatalogItem;
import io.comptoir.bot.FaqEntry;
import io.comptoir.bot.Question;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a bot knows, built once from its definition: the FAQ answerer (one in-memory Lucene index), the
 * catalog recommender and the scope classifier. Immutable and safe to share between conversations.
 * <pre>
 *   KnowledgeBase kb = KnowledgeBase.build(bot);
 *   FaqResult r = kb.faq().ask("combien pour un site vitrine ?");
 * </pre>
 */
public final class KnowledgeBase {
    private final LanguagePack pack;
    private final FaqAnswerer faq;
    private final Recommender recommender;
    private final VocabularyScopeClassifier scope;
    private final QueryTransformer transformer;

    private KnowledgeBase(LanguagePack pack, QueryTransformer transformer, FaqAnswerer faq, Recommender recommender,
                          VocabularyScopeClassifier scope) {
        this.pack = pack;
        this.transformer = transformer;
        this.faq = faq;
        this.recommender = recommender;
        this.scope = scope;
    }

    /** Builds the knowledge of one bot (index build included). Never fails on an empty FAQ or catalog. */
    public static KnowledgeBase build(BotDefinition bot) {
        LanguagePack pack = LanguagePack.of(bot.language());
        List<List<String>> synonyms = new java.util.ArrayList<>(bot.knowledge().synonyms());
        synonyms.addAll(pack.synonyms); // the language's everyday buying words, shared by every bot
        BotAnalyzer analyzer = new BotAnalyzer(bot.language(), synonyms);
        Vocabulary vocabulary = vocabulary(bot);
        QueryTransformer transformer = new QueryTransformer(pack, vocabulary, analyzer);
        List<FaqEntry> entries = bot.knowledge().faq();
        List<EntryTerms> terms = entries.stream().map(e -> EntryTerms.of(e, analyzer)).toList();
        FaqAnswerer faq = entries.isEmpty() ? q -> new FaqResult.NotFound(0, List.of())
                : new LuceneFaqAnswerer(entries, terms, transformer, analyzer, pack);
        Set<String> topic = new HashSet<>(analyzer.terms(topicText(bot)));
        Set<String> answers = new HashSet<>();
        for (EntryTerms t : terms) {
            t.phrasingSets().forEach(topic::addAll);
            topic.addAll(t.tagSet());
            answers.addAll(t.answerSet());
        }
        return new KnowledgeBase(pack, transformer, faq, new CatalogRecommender(bot, pack),
                new VocabularyScopeClassifier(pack, transformer, analyzer, topic, answers, central(bot, analyzer, terms),
                        faq));
    }

    public FaqAnswerer faq() { return faq; }

    /** The analysed terms a message is searched with (after cleaning, SMS, typos, stemming, synonyms). */
    public List<String> queryTerms(String text) { return transformer.terms(text); }

    public Recommender recommender() { return recommender; }

    public ScopeClassifier scope() { return scope; }

    /** The share (0..1) of a message's topic words that the bot knows; for the internal view and evaluation. */
    public double scopeCoverage(String text, io.comptoir.understanding.Analysis analysis) {
        return scope.coverage(text, analysis);
    }

    /**
     * What the client reads for a FAQ result: the answer (and its link), the clarification question, or an honest
     * "I don't know, I can pass it on" in the bot's language. The engine may word things its own way.
     */
    public String clientText(FaqResult result) {
        if (result instanceof FaqResult.Answered a) {
            return a.entry().link() == null ? a.entry().answer()
                    : a.entry().answer() + "\n" + pack.text("faq.link", "link", a.entry().link());
        }
        if (result instanceof FaqResult.Clarify c) return c.question();
        return pack.text("faq.not_found");
    }

    /** The polite client text for an out-of-scope message, in the bot's language. */
    public String outOfScopeText() {
        return pack.text("faq.out_of_scope");
    }

    /** A price as clients read it in the bot's language ("1 490 €", "€1,490"). */
    public String money(java.math.BigDecimal amount) {
        return pack.money(amount);
    }

    /**
     * The bot's central words: those of its offer line and scope list (what the author says the bot is about) and
     * any topic word found in 3 or more FAQ entries, intake questions or catalog items.
     */
    private static Set<String> central(BotDefinition bot, BotAnalyzer analyzer, List<EntryTerms> faq) {
        StringBuilder declared = new StringBuilder();
        append(declared, bot.offer());
        bot.scopeVocabulary().forEach(v -> append(declared, v));
        Set<String> central = new HashSet<>(analyzer.terms(declared.toString()));
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        for (EntryTerms e : faq) for (String t : e.topic()) df.merge(t, 1, Integer::sum);
        for (Question q : bot.questions()) {
            StringBuilder sb = new StringBuilder();
            q.phrasings().forEach(p -> append(sb, p));
            q.options().forEach(o -> { append(sb, o.label()); o.synonyms().forEach(x -> append(sb, x)); });
            for (String t : new HashSet<>(analyzer.terms(sb.toString()))) df.merge(t, 1, Integer::sum);
        }
        for (CatalogItem item : bot.knowledge().catalog()) {
            StringBuilder sb = new StringBuilder(item.name());
            item.attributes().values().stream().filter(String.class::isInstance).forEach(v -> append(sb, (String) v));
            for (String t : new HashSet<>(analyzer.terms(sb.toString()))) df.merge(t, 1, Integer::sum);
        }
        df.forEach((t, n) -> { if (n >= 3) central.add(t); });
        return central;
    }

    /** Typos are repaired towards topic words only (not answer prose): cheaper to build, and less risky. */
    private static Vocabulary vocabulary(BotDefinition bot) {
        Vocabulary v = new Vocabulary();
        v.add(topicText(bot));
        for (FaqEntry e : bot.knowledge().faq()) {
            v.add(e.question());
            e.alternatives().forEach(v::add);
            e.tags().forEach(v::add);
        }
        return v;
    }

    /** The bot's topic words outside the FAQ: offer, scope list, name, intake and catalog. */
    private static String topicText(BotDefinition bot) {
        StringBuilder sb = new StringBuilder();
        append(sb, bot.name());
        append(sb, bot.offer());
        bot.scopeVocabulary().forEach(s -> append(sb, s));
        for (Question q : bot.questions()) {
            q.phrasings().forEach(p -> append(sb, p));
            q.examples().forEach(e -> append(sb, e));
            for (Question.ChoiceOption o : q.options()) {
                append(sb, o.label());
                o.synonyms().forEach(s -> append(sb, s));
            }
        }
        for (CatalogItem item : bot.knowledge().catalog()) {
            append(sb, item.name());
            item.attributes().values().stream().filter(String.class::isInstance)
                    .filter(s -> !((String) s).startsWith("http")).forEach(s -> append(sb, (String) s));
        }
        bot.knowledge().synonyms().forEach(g -> g.forEach(s -> append(sb, s)));
        return sb.toString();
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null && !s.isBlank()) sb.append(s).append(" .\n");
    }
}
