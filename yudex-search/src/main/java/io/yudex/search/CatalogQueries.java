package io.yudex.search;

import static io.yudex.search.CatalogFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Builds Lucene queries from user input without a query parser: operators and quotes in the text
 * are just characters to the analyser, so no input can raise a syntax error.
 */
final class CatalogQueries {

    /** Field boosts: a hit in the name says far more about a resource than one in its items. */
    private static final Map<String, Float> TEXT_FIELDS = Map.of(
            NAME, 3f, SUMMARY, 1f, ITEMS, 0.8f, TAGS, 1.5f, PROVIDER, 1f);
    private static final float CODE_BOOST = 20f;
    private static final float FIELD_TIE_BREAKER = 0.2f;
    /** Keeps clause counts far below {@link BooleanQuery#getMaxClauseCount()} for pasted essays. */
    private static final int MAX_TOKENS = 32;
    private static final int MAX_TEXT_CHARS = 256;

    private final Analyzer analyzer;

    CatalogQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * The relevance part of a search: an exact code match, or the analysed tokens across the text
     * fields. Tokens that occur nowhere in the index are dropped before counting how many must
     * match, so a typo or a stray "AND" does not empty an otherwise good result.
     */
    Query relevance(String text, IndexReader reader) throws IOException {
        if (isBlank(text)) return new MatchAllDocsQuery();
        String trimmed = text.strip();
        if (trimmed.length() > MAX_TEXT_CHARS) trimmed = trimmed.substring(0, MAX_TEXT_CHARS);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new BoostQuery(new TermQuery(new Term(CODE, trimmed)), CODE_BOOST), Occur.SHOULD);
        List<String> known = knownTokens(trimmed, reader);
        if (!known.isEmpty()) any.add(tokensQuery(known), Occur.SHOULD);
        return any.build();
    }

    /**
     * The query whose terms the highlighter marks: only the text tokens, never the code or filter
     * terms. Null when the search has no text.
     */
    Query highlightQuery(String text) throws IOException {
        if (isBlank(text)) return null;
        List<String> tokens = tokens(text.strip());
        return tokens.isEmpty() ? null : tokensQuery(tokens);
    }

    /**
     * What a caller may see, per {@link Visibility}: unrestricted, or (status allowed and open type
     * allowed), or own provider. Null means no restriction.
     */
    static Query visibility(Visibility visibility) {
        if (visibility == null) return new MatchNoDocsQuery("no visibility given");
        if (visibility.unrestricted()) return null;
        BooleanQuery.Builder visible = new BooleanQuery.Builder();
        Set<String> statuses = visibility.statuses() == null ? Set.of() : visibility.statuses();
        if (!statuses.isEmpty()) {
            BooleanQuery.Builder published = new BooleanQuery.Builder()
                    .add(new TermInSetQuery(STATUS, toBytes(statuses)), Occur.FILTER);
            if (visibility.openTypes() != null) {
                published.add(new TermInSetQuery(OPEN_TYPE, toBytes(visibility.openTypes())), Occur.FILTER);
            }
            visible.add(published.build(), Occur.SHOULD);
        }
        if (visibility.ownProviderCode() != null) {
            visible.add(new TermQuery(new Term(PROVIDER_CODE, visibility.ownProviderCode())), Occur.SHOULD);
        }
        BooleanQuery built = visible.build();
        return built.clauses().isEmpty() ? new MatchNoDocsQuery("nothing is visible") : built;
    }

    private Query tokensQuery(List<String> tokens) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String token : tokens) {
            List<Query> perField = new ArrayList<>();
            TEXT_FIELDS.forEach((field, boost) ->
                    perField.add(new BoostQuery(new TermQuery(new Term(field, token)), boost)));
            all.add(new DisjunctionMaxQuery(perField, FIELD_TIE_BREAKER), Occur.SHOULD);
        }
        return all.setMinimumNumberShouldMatch(minimumShouldMatch(tokens.size())).build();
    }

    /** Short queries are conjunctive; long ones (a pasted resource name) tolerate a quarter missing. */
    static int minimumShouldMatch(int tokens) {
        return tokens <= 3 ? tokens : (int) Math.ceil(tokens * 0.75);
    }

    private List<String> knownTokens(String text, IndexReader reader) throws IOException {
        List<String> known = new ArrayList<>();
        for (String token : tokens(text)) {
            if (occursAnywhere(token, reader)) known.add(token);
        }
        return known;
    }

    private static boolean occursAnywhere(String token, IndexReader reader) throws IOException {
        for (String field : TEXT_FIELDS.keySet()) {
            if (reader.docFreq(new Term(field, token)) > 0) return true;
        }
        return false;
    }

    private List<String> tokens(String text) throws IOException {
        Set<String> tokens = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(NAME, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && tokens.size() < MAX_TOKENS) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return List.copyOf(tokens);
    }

    private static List<BytesRef> toBytes(Set<String> values) {
        return values.stream().map(BytesRef::new).toList();
    }
}
