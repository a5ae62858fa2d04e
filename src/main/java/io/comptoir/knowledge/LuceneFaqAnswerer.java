package io.comptoir.knowledge;

import io.comptoir.bot.FaqEntry;
import java.util.List;

/**
 * The FAQ pipeline: transform (clean, SMS, typos, analysis) → retrieve (Lucene BM25) → rank (normalised score)
 * → compose (answer, clarify or not found). Built once per bot; thread-safe for reads.
 */
final class LuceneFaqAnswerer implements FaqAnswerer {
    static final int CANDIDATES = 20;

    private final QueryTransformer transformer;
    private final FaqIndex index;
    private final FaqRanker ranker;
    private final FaqComposer composer;

    LuceneFaqAnswerer(List<FaqEntry> faq, List<EntryTerms> terms, QueryTransformer transformer, BotAnalyzer analyzer,
                      LanguagePack pack) {
        this.transformer = transformer;
        this.index = new FaqIndex(terms, analyzer);
        this.ranker = new FaqRanker(terms);
        this.composer = new FaqComposer(faq, pack);
    }

    @Override
    public FaqResult ask(String question) {
        String normalized = transformer.normalize(question);
        List<String> terms = transformer.analysed(normalized);
        List<FaqRanker.Ranked> ranked = ranker.rank(terms, index.retrieve(terms, CANDIDATES));
        // the client's own words are read only when two entries are close enough for them to matter
        boolean close = ranked.size() > 1 && ranked.get(1).score() >= FaqComposer.LITERAL_RATIO * ranked.get(0).score();
        return composer.compose(close ? ranker.withLiteral(transformer.literalTerms(normalized), ranked) : ranked);
    }

    FaqRanker ranker() {
        return ranker;
    }
}
