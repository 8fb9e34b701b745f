package io.yudex.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks query terms in names and summaries with {@code <em>}; everything else is HTML-escaped, so
 * the web layer can print the result without escaping it again.
 */
final class Highlights {

    static final int SUMMARY_CHARS = 160;
    private static final String ELLIPSIS = "…";
    private static final String[] FIELDS = {CatalogFields.NAME, CatalogFields.SUMMARY};

    private Highlights() {}

    /**
     * Highlighted names and summaries, aligned with {@code hits} and {@code documents} (the stored
     * documents of those hits); {@code query} may be null.
     */
    static String[][] of(IndexSearcher searcher, Analyzer analyzer, Query query, ScoreDoc[] hits,
            List<CatalogDocument> documents) throws IOException {
        String[] names = new String[hits.length];
        String[] summaries = new String[hits.length];
        if (query != null && hits.length > 0) {
            Map<String, String[]> highlighted = new PreloadedHighlighter(searcher, analyzer, hits, documents)
                    .highlightFields(FIELDS, query, Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray(), new int[] {1, 1});
            names = highlighted.get(CatalogFields.NAME);
            summaries = highlighted.get(CatalogFields.SUMMARY);
        }
        for (int i = 0; i < hits.length; i++) {
            if (names[i] == null) names[i] = escape(documents.get(i).name());
            if (summaries[i] == null) summaries[i] = escape(truncate(documents.get(i).summary()));
        }
        return new String[][] {names, summaries};
    }

    static String truncate(String text) {
        if (text == null || text.length() <= SUMMARY_CHARS) return text;
        int end = Character.isHighSurrogate(text.charAt(SUMMARY_CHARS - 1)) ? SUMMARY_CHARS - 1 : SUMMARY_CHARS;
        return text.substring(0, end) + ELLIPSIS;
    }

    /** Same escaping as the highlighter's own formatter (OWASP rules), so both paths look alike. */
    static String escape(String text) {
        if (text == null) return null;
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Escapes like {@link DefaultPassageFormatter}, marks a cut-off passage with an ellipsis and
     * merges {@code <em>a</em><em>b</em>}: the analyser splits 户籍人口 into two terms, readers see one.
     */
    private static final class EmFormatter extends DefaultPassageFormatter {
        EmFormatter() {
            super("<em>", "</em>", ELLIPSIS, true);
        }

        @Override
        public String format(Passage[] passages, String content) {
            String body = super.format(passages, content).replace("</em><em>", "");
            if (passages.length == 0) return body;
            String head = passages[0].getStartOffset() > 0 ? ELLIPSIS : "";
            String tail = passages[passages.length - 1].getEndOffset() < content.length() ? ELLIPSIS : "";
            return head + body + tail;
        }
    }

    /**
     * Highlights from the documents the search has already loaded instead of reading stored fields
     * a second time, and without weight matching, which builds a weight per hit; both dominated a
     * profile of the search. The whole name is one passage; a summary yields the passage nearest
     * {@value #SUMMARY_CHARS} chars.
     */
    private static final class PreloadedHighlighter extends UnifiedHighlighter {
        private final Map<Integer, CatalogDocument> byDocId = new HashMap<>();

        PreloadedHighlighter(IndexSearcher searcher, Analyzer analyzer, ScoreDoc[] hits, List<CatalogDocument> documents) {
            super(UnifiedHighlighter.builder(searcher, analyzer)
                    .withWeightMatches(false)
                    .withFormatter(new EmFormatter())
                    .withMaxNoHighlightPassages(0));
            for (int i = 0; i < hits.length; i++) byDocId.put(hits[i].doc, documents.get(i));
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return CatalogFields.NAME.equals(field) ? new WholeBreakIterator()
                    : LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(Locale.CHINA), SUMMARY_CHARS, 0.25f);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CatalogDocument document = byDocId.get(doc);
                CharSequence[] row = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    row[f] = CatalogFields.NAME.equals(fields[f]) ? document.name()
                            : CatalogFields.SUMMARY.equals(fields[f]) ? document.summary() : null;
                }
                values.add(row);
            }
            return values;
        }
    }
}
