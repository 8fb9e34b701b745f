package io.yudex.ingest.batch;

import java.util.List;

/**
 * The first rows of an upload, to check and edit its column mapping before loading.
 *
 * @param header    the source's column names
 * @param samples   up to a few records, aligned with the header
 * @param suggested for each column, the data item it maps to by name or label, or null
 * @param items     the resource's data items as {@code name} → {@code label}, in order
 */
public record UploadPreview(List<String> header, List<List<String>> samples, List<String> suggested, List<Item> items) {

    public record Item(String name, String label) {}
}
