package io.yudex.auditlog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only file of lines, forced to the device ({@link FileChannel#force}) after every {@link #append}: once
 * append returns, the lines survive a crash of the process or the machine. A last line torn by a crash (no newline)
 * is ignored when reading. Not thread-safe: one writer.
 */
public final class Journal implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;

    public Journal(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            channel.position(channel.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the audit journal " + file, e);
        }
    }

    /** Writes the lines (which must not contain a newline) and forces them to the device before returning. */
    public void append(List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append('\n'));
        ByteBuffer buffer = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
    }

    /** Every complete line written so far. */
    public List<String> lines() {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>(text.lines().toList());
            if (!text.isEmpty() && !text.endsWith("\n")) {
                out.removeLast();
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit journal " + file, e);
        }
    }

    /** Empties the journal, once what it holds is durable elsewhere. */
    public void clear() throws IOException {
        channel.truncate(0);
        channel.position(0);
        channel.force(true);
    }

    public long size() throws IOException {
        return channel.size();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
