package io.yudex.search;

import static io.yudex.search.CatalogFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * Turns a {@link CatalogDocument} into a Lucene document and back. Every record component is
 * stored, so a hit can be listed without asking the server's database.
 */
final class DocumentCodec {

    /** Offsets in the postings let the highlighter skip re-analysing name and summary per hit. */
    private static final FieldType HIGHLIGHTED_TEXT = highlightedText();

    private final FacetsConfig facetsConfig;

    DocumentCodec(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    Document toLucene(CatalogDocument d) {
        Document doc = new Document();
        doc.add(new StringField(CODE, d.code(), Field.Store.YES));
        addIfPresent(doc, new Field(NAME, nullToEmpty(d.name()), HIGHLIGHTED_TEXT), d.name());
        addIfPresent(doc, new Field(SUMMARY, nullToEmpty(d.summary()), HIGHLIGHTED_TEXT), d.summary());
        addIfPresent(doc, new TextField(PROVIDER, nullToEmpty(d.provider()), Field.Store.YES), d.provider());
        addIfPresent(doc, new StringField(PROVIDER_CODE, nullToEmpty(d.providerCode()), Field.Store.YES), d.providerCode());
        addIfPresent(doc, new StringField(STATUS, nullToEmpty(d.status()), Field.Store.YES), d.status());
        addIfPresent(doc, new StringField(OPEN_TYPE, nullToEmpty(d.openType()), Field.Store.YES), d.openType());
        for (String[] stored : new String[][] {
                {REGION, d.region()}, {RESOURCE_CLASS, d.resourceClass()}, {BASE_LIBRARY, d.baseLibrary()},
                {SHARE_TYPE, d.shareType()}, {UPDATE_CYCLE, d.updateCycle()}, {FORMAT, d.format()}}) {
            addIfPresent(doc, new StoredField(stored[0], nullToEmpty(stored[1])), stored[1]);
        }
        d.tags().forEach(tag -> doc.add(new TextField(TAGS, tag, Field.Store.YES)));
        d.items().forEach(item -> doc.add(new TextField(ITEMS, item, Field.Store.YES)));
        if (d.updatedAt() != null) {
            long millis = d.updatedAt().toEpochMilli();
            doc.add(new NumericDocValuesField(UPDATED_AT, millis));
            doc.add(new StoredField(UPDATED_AT, millis));
        }
        addFacets(doc, d);
        try {
            return facetsConfig.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build facet fields of " + d.code(), e);
        }
    }

    CatalogDocument fromLucene(Document doc) {
        var updatedAt = doc.getField(UPDATED_AT);
        return new CatalogDocument(
                doc.get(CODE), doc.get(NAME), doc.get(SUMMARY), doc.get(PROVIDER_CODE), doc.get(PROVIDER),
                doc.get(REGION), doc.get(RESOURCE_CLASS), doc.get(BASE_LIBRARY), doc.get(SHARE_TYPE),
                doc.get(OPEN_TYPE), doc.get(UPDATE_CYCLE), doc.get(FORMAT), doc.get(STATUS),
                List.of(doc.getValues(TAGS)), List.of(doc.getValues(ITEMS)),
                updatedAt == null ? null : Instant.ofEpochMilli(updatedAt.numericValue().longValue()));
    }

    private static void addFacets(Document doc, CatalogDocument d) {
        String[][] single = {
            {PROVIDER, d.provider()}, {REGION, d.region()}, {RESOURCE_CLASS, d.resourceClass()},
            {BASE_LIBRARY, d.baseLibrary()}, {SHARE_TYPE, d.shareType()}, {OPEN_TYPE, d.openType()},
            {UPDATE_CYCLE, d.updateCycle()}, {FORMAT, d.format()}, {STATUS, d.status()}};
        for (String[] facet : single) {
            if (isPresent(facet[1])) doc.add(new SortedSetDocValuesFacetField(facet[0], facet[1]));
        }
        // A repeated tag would be counted once anyway; dropping it keeps FacetsConfig quiet.
        for (String tag : new LinkedHashSet<>(d.tags())) {
            if (isPresent(tag)) doc.add(new SortedSetDocValuesFacetField(TAGS, tag));
        }
    }

    /** Null is not stored, so it reads back as null; facet labels may not be empty at all. */
    private static void addIfPresent(Document doc, Field field, String value) {
        if (value != null) doc.add(field);
    }

    private static boolean isPresent(String value) {
        return value != null && !value.isBlank();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static FieldType highlightedText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
