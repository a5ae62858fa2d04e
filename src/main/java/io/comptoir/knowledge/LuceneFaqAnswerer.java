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
        List<String> terms = transformer.terms(question);
        List<FaqRanker.Ranked> ranked = ranker.rank(terms, index.retrieve(terms, CANDIDATES));
        return composer.compose(ranked.size() < 2 ? ranked : ranker.withLiteral(transformer.literalTerms(question), ranked));
    }

    FaqRanker ranker() {
        return ranker;
    }
}
