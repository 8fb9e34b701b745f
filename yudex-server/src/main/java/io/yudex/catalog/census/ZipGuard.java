package io.yudex.catalog.census;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;

/**
 * Inflates an upload once, counting, before POI holds it in memory: POI's own ratio check still lets a 20 MB
 * upload grow to gigabytes, far beyond any real census file.
 */
final class ZipGuard {

    static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;
    static final int MAX_ENTRIES = 1000;

    private ZipGuard() {}

    /** True when {@code bytes} is a zip archive whose entries inflate to at most {@link #MAX_INFLATED_BYTES} in all. */
    static boolean acceptable(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int entries = 0;
            while (zip.getNextEntry() != null) {
                if (++entries > MAX_ENTRIES) {
                    return false;
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_INFLATED_BYTES) {
                        return false;
                    }
                }
            }
            return entries > 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
