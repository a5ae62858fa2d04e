package io.comptoir.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Retrieve step: one in-memory Lucene index (ByteBuffersDirectory) per bot, BM25 over three fields — the question
 * with its alternative phrasings ({@code q}), the tags, and the answer with a low weight. Each query term is a
 * disjunction over the fields (best field wins, small tie-break), and the terms add up.
 */
final class FaqIndex {
    static final float BOOST_QUESTION = 1.0f;
    static final float BOOST_TAGS = 0.8f;
    static final float BOOST_ANSWER = 0.3f;

    /** Terms and frequencies only: retrieval needs no positions (no phrase queries), which halves indexing. */
    private static final FieldType TERMS = new FieldType();

    static {
        TERMS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TERMS.setTokenized(true);
        TERMS.freeze();
    }

    /** A retrieved entry (position in the FAQ) with its BM25 score. */
    record Candidate(int index, float bm25) {}

    private final IndexSearcher searcher;
    private final boolean docIdIsIndex;

    FaqIndex(List<EntryTerms> entries, BotAnalyzer analyzer) {
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            // one flush, no merge: documents keep the FAQ order, so a doc id is the entry's position
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity())
                    .setMergePolicy(NoMergePolicy.INSTANCE).setRAMBufferSizeMB(256)
                    .setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH).setUseCompoundFile(false);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (int i = 0; i < entries.size(); i++) writer.addDocument(document(i, entries.get(i)));
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            this.docIdIsIndex = reader.leaves().size() == 1;
            this.searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The best {@code k} entries for the terms, best first. */
    List<Candidate> retrieve(List<String> terms, int k) {
        if (terms.isEmpty()) return List.of();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String t : terms) query.add(termQuery(t), BooleanClause.Occur.SHOULD);
        try {
            List<Candidate> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query.build(), k).scoreDocs) out.add(new Candidate(index(sd.doc), sd.score));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query termQuery(String t) {
        return new DisjunctionMaxQuery(List.of(
                new BoostQuery(new TermQuery(new Term("q", t)), BOOST_QUESTION),
                new BoostQuery(new TermQuery(new Term("tags", t)), BOOST_TAGS),
                new BoostQuery(new TermQuery(new Term("answer", t)), BOOST_ANSWER)), 0.1f);
    }

    private int index(int doc) throws IOException {
        if (docIdIsIndex) return doc;
        return searcher.storedFields().document(doc).getField("idx").numericValue().intValue();
    }

    private static Document document(int index, EntryTerms terms) {
        Document doc = new Document();
        doc.add(new StoredField("idx", index));
        for (List<String> p : terms.phrasings()) doc.add(new Field("q", new TermListTokenStream(p), TERMS));
        doc.add(new Field("tags", new TermListTokenStream(terms.tags()), TERMS));
        doc.add(new Field("answer", new TermListTokenStream(terms.answer()), TERMS));
        return doc;
    }
}
