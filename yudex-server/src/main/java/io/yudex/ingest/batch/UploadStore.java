package io.yudex.ingest.batch;

import io.yudex.ingest.SourceFormat;
import io.yudex.ingest.SourceFormatException;
import io.yudex.ingest.Sources;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.YudexProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Streams uploads to disk (never into memory), hashing them on the way, and recognises their format. */
@Component
public class UploadStore {

    private static final Logger log = LoggerFactory.getLogger(UploadStore.class);
    private static final Pattern NAME = Pattern.compile("[0-9a-f-]{36}\\.upload");

    private final Path dir;
    private final IngestProperties ingest;
    private final Clock clock;

    UploadStore(YudexProperties properties, IngestProperties ingest, Clock clock) {
        this.ingest = ingest;
        this.clock = clock;
        this.dir = properties.dataDir().resolve("uploads");
        try {
            // where the servlet container spools multipart uploads (spring.servlet.multipart.location)
            Files.createDirectories(dir.resolve("incoming"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the upload directory under " + dir, e);
        }
    }

    /**
     * @param format null to detect from the name and the first bytes
     * @throws InvalidInputException for an empty file or one that is no known format
     */
    public Upload save(InputStream in, String name, SourceFormat format) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(UUID.randomUUID() + ".upload");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream digesting = new DigestInputStream(in, sha); OutputStream out = Files.newOutputStream(file)) {
                size = digesting.transferTo(out);
            }
            if (size == 0) {
                Files.deleteIfExists(file);
                throw InvalidInputException.of("file", "the file is empty");
            }
            return new Upload(file, name == null ? file.getFileName().toString() : name, size, HexFormat.of().formatHex(sha.digest()),
                    format == null ? detect(file, name) : format);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The saved file of that name, if it is still kept. */
    Optional<Path> find(String fileName) {
        if (fileName == null || !NAME.matcher(fileName).matches()) {
            return Optional.empty();
        }
        Path file = dir.resolve(fileName);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Deletes uploads older than the retention; hourly. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void deleteExpired() {
        Instant cutoff = clock.instant().minus(ingest.uploadRetention());
        try (Stream<Path> files = Files.list(dir)) {
            long deleted = files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).filter(f -> olderThan(f, cutoff))
                    .filter(UploadStore::delete).count();
            if (deleted > 0) {
                log.info("Deleted {} uploads older than {}", deleted, ingest.uploadRetention());
            }
        } catch (IOException e) {
            log.warn("Cannot clean the upload directory {}: {}", dir, e.getMessage());
        }
    }

    private static boolean olderThan(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }

    private static SourceFormat detect(Path file, String name) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        try {
            return Sources.detect(name == null ? "" : name, head);
        } catch (SourceFormatException e) {
            Files.deleteIfExists(file);
            throw InvalidInputException.of("file", e.getMessage());
        }
    }
}
