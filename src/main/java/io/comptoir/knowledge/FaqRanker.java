package io.comptoir.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rank step: re-scores BM25 candidates on a 0..1 scale that means the same for every question and every bot, so
 * one threshold works everywhere. With idf(t) = ln(1 + (N − df + 0.5) / (df + 0.5)) over the N entries:
 * <pre>
 *   C(d) = Σ_{t∈q} idf(t)·m(t,d) / Σ_{t∈q} idf(t)     how much of the question the entry covers;
 *          m = 1 in a phrasing (question or alternative), 0.8 in the tags, 0.4 in the answer only, else 0
 *   P(d) = max over phrasings p of 2·Σ_{t∈q∩p} idf(t) / (Σ_{t∈p} idf(t) + Σ_{t∈q} idf(t))
 *          how closely the question matches one phrasing (weighted Dice: a one-word phrasing does not win alone)
 *   s(d) = 0.65·C(d) + 0.35·P(d)
 * </pre>
 * Rare words weigh more (idf), and a word the bot has never seen counts fully against the match, which is what
 * keeps an unrelated question below the threshold. Ties keep the BM25 order.
 */
final class FaqRanker {
    static final double IN_PHRASING = 1.0;
    static final double IN_TAGS = 0.8;
    static final double IN_ANSWER = 0.4;
    static final double WEIGHT_COVERAGE = 0.65;
    static final double WEIGHT_PHRASING = 0.35;

    /**
     * A candidate with its normalised score, and how many of the client's own words (before synonyms) its
     * phrasings and tags hold: "combien coûte la révision" names the révision entry, not the vidange one that the
     * author's synonym group made equal.
     */
    record Ranked(int index, double score, float bm25, int literal) {
        Ranked(int index, double score, float bm25) { this(index, score, bm25, 0); }
    }

    /** The ranking with each candidate's count of the client's own words. */
    List<Ranked> withLiteral(Set<String> words, List<Ranked> ranked) {
        List<Ranked> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            int n = 0;
            for (String w : words) if (entries.get(r.index()).literalTopic().contains(w)) n++;
            out.add(new Ranked(r.index(), r.score(), r.bm25(), n));
        }
        return out;
    }

    private final List<EntryTerms> entries;
    private final Map<String, Integer> df = new HashMap<>();
    /** Σ idf of each phrasing of each entry, computed once. */
    private final double[][] phrasingSizes;

    FaqRanker(List<EntryTerms> entries) {
        this.entries = entries;
        // document frequency over the topic fields only: a word repeated in answers ("devis", "site") must not
        // lose its weight as a question word
        for (EntryTerms e : entries) for (String t : e.topic()) df.merge(t, 1, Integer::sum);
        phrasingSizes = new double[entries.size()][];
        for (int i = 0; i < entries.size(); i++) {
            List<Set<String>> phrasings = entries.get(i).phrasingSets();
            phrasingSizes[i] = new double[phrasings.size()];
            for (int p = 0; p < phrasings.size(); p++) {
                for (String t : phrasings.get(p)) phrasingSizes[i][p] += idf(t);
            }
        }
    }

    double idf(String term) {
        int n = entries.size();
        int d = df.getOrDefault(term, 0);
        return Math.log(1 + (n - d + 0.5) / (d + 0.5));
    }

    List<Ranked> rank(List<String> query, List<FaqIndex.Candidate> candidates) {
        double[] idf = query.stream().mapToDouble(this::idf).toArray();
        double total = 0;
        for (double v : idf) total += v;
        List<Ranked> out = new ArrayList<>(candidates.size());
        for (FaqIndex.Candidate c : candidates) {
            EntryTerms e = entries.get(c.index());
            double s = WEIGHT_COVERAGE * coverage(query, idf, total, e)
                    + WEIGHT_PHRASING * phrasing(query, idf, total, e, phrasingSizes[c.index()]);
            out.add(new Ranked(c.index(), s, c.bm25()));
        }
        out.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return out;
    }

    private static double coverage(List<String> query, double[] idf, double total, EntryTerms e) {
        if (total == 0) return 0;
        double covered = 0;
        for (int i = 0; i < query.size(); i++) covered += idf[i] * match(query.get(i), e);
        return covered / total;
    }

    private static double match(String t, EntryTerms e) {
        for (Set<String> p : e.phrasingSets()) if (p.contains(t)) return IN_PHRASING;
        if (e.tagSet().contains(t)) return IN_TAGS;
        return e.answerSet().contains(t) ? IN_ANSWER : 0;
    }

    private static double phrasing(List<String> query, double[] idf, double total, EntryTerms e, double[] sizes) {
        double best = 0;
        for (int k = 0; k < sizes.length; k++) {
            Set<String> p = e.phrasingSets().get(k);
            double size = sizes[k];
            if (size == 0) continue;
            double hit = 0;
            for (int i = 0; i < query.size(); i++) if (p.contains(query.get(i))) hit += idf[i];
            best = Math.max(best, 2 * hit / (size + total));
        }
        return best;
    }
}
