package io.yudex.synth;

import java.io.IOException;
import java.io.Writer;

/** Streams rows through one reused StringBuilder and char buffer, in chunks of about 64 K chars. */
final class CsvWriter {

    private static final int CHUNK = 1 << 16;

    private final Writer out;
    private final StringBuilder sb = new StringBuilder(CHUNK + 4096);
    private char[] buffer = new char[CHUNK + 4096];

    CsvWriter(Writer out) {
        this.out = out;
    }

    void write(SyntheticData data, long from, long to, boolean header) throws IOException {
        if (header) {
            sb.append(data.header()).append('\n');
        }
        for (long i = from; i < to; i++) {
            data.appendRow(i, sb);
            sb.append('\n');
            if (sb.length() >= CHUNK) {
                flushChunk();
            }
        }
        flushChunk();
        out.flush();
    }

    private void flushChunk() throws IOException {
        int n = sb.length();
        if (buffer.length < n) {
            buffer = new char[n];
        }
        sb.getChars(0, n, buffer, 0);
        out.write(buffer, 0, n);
        sb.setLength(0);
    }
}
