package io.yudex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells which charset a text file is in. Departments send UTF-8 (with or without a byte order mark) or, from
 * Chinese-language Excel, GBK; GB18030 is a superset of GBK, so it is the fallback for anything that is not UTF-8.
 */
public final class Encodings {

    /** GB18030 decodes every GBK and GB2312 file the same way GBK would, plus the characters GBK lacks. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    static final int HEAD_BYTES = 64 * 1024;

    private Encodings() {}

    /**
     * Detects the charset of a text file: UTF-8 when the file decodes as strict UTF-8, UTF-16LE/BE when it starts
     * with a UTF-16 byte order mark (Excel's "Unicode Text"), otherwise GB18030.
     * <p>
     * The first 64 KB decide when they hold any non-ASCII byte; when they are pure ASCII the rest of the file is
     * decoded too (streaming, no characters kept), because a GBK export often has ASCII headers and codes first
     * and Chinese text only further down.
     *
     * @throws SourceFormatException when the file is empty
     * @throws UncheckedIOException  when the file cannot be read
     */
    public static Charset detect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD_BYTES);
            if (head.length == 0) {
                throw new SourceFormatException("the file is empty");
            }
            Charset bom = byBom(head);
            if (bom != null) {
                return bom;
            }
            Utf8Check check = new Utf8Check();
            boolean utf8 = check.feed(head, head.length);
            if (utf8 && !check.sawNonAscii) {
                utf8 = restIsUtf8(in, check);
            } else if (utf8 && head.length < HEAD_BYTES) {
                utf8 = check.finish();
            }
            return utf8 ? StandardCharsets.UTF_8 : GB18030;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The charset a byte order mark names, or null when there is none. */
    static Charset byBom(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * A reader over {@code in} that has skipped a leading byte order mark, so the first header name or JSON token is
     * clean. Bytes that are not valid in {@code charset} raise a {@link java.nio.charset.CharacterCodingException}
     * instead of turning into U+FFFD, because silently replaced characters would be stored as data.
     */
    static Reader reader(InputStream in, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, decoder), 1);
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    /**
     * A read error as callers should see it: bytes the charset cannot decode mean the sender used another encoding,
     * which they can fix; anything else stays an I/O error.
     */
    static RuntimeException readFailure(IOException e, Charset charset, String where) {
        if (e instanceof CharacterCodingException) {
            return new SourceFormatException("the file is not valid " + charset.name() + " text (" + where
                    + "); save it as UTF-8 or name its encoding", e);
        }
        return new UncheckedIOException(e);
    }

    private static boolean restIsUtf8(InputStream in, Utf8Check check) throws IOException {
        byte[] chunk = new byte[HEAD_BYTES];
        int n;
        while ((n = in.readNBytes(chunk, 0, chunk.length)) > 0) {
            if (!check.feed(chunk, n)) {
                return false;
            }
        }
        return check.finish();
    }

    /** Strict streaming UTF-8 validation; a sequence cut at a chunk boundary is carried over, not an error. */
    private static final class Utf8Check {
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final CharBuffer sink = CharBuffer.allocate(HEAD_BYTES);
        private ByteBuffer carry = ByteBuffer.allocate(0);
        boolean sawNonAscii;

        /** Returns false as soon as the bytes are not UTF-8. */
        boolean feed(byte[] bytes, int length) {
            for (int i = 0; i < length && !sawNonAscii; i++) {
                sawNonAscii = bytes[i] < 0;
            }
            ByteBuffer input = ByteBuffer.allocate(carry.remaining() + length).put(carry).put(bytes, 0, length).flip();
            boolean valid = decode(input, false);
            carry = input;
            return valid;
        }

        boolean finish() {
            return decode(carry, true);
        }

        private boolean decode(ByteBuffer input, boolean endOfInput) {
            while (true) {
                sink.clear();
                CoderResult result = decoder.decode(input, sink, endOfInput);
                if (result.isError()) {
                    return false;
                }
                if (result.isUnderflow()) {
                    return true;
                }
            }
        }
    }
}
