package org.dnacademy.training.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A module's version: a SHA-256 over everything a trainee of the module sees, so it changes exactly
 * when the content does. Attempts and certificates record it; a new version may require holders to
 * recertify. It must not change when nothing did, so it ignores hidden files (.DS_Store and the
 * like), line ends (CRLF or LF) and the order in which the file system lists files.
 */
final class ContentHash {

    private static final Set<String> TEXT_EXTENSIONS = Set.of(".md", ".yaml", ".yml", ".svg", ".txt");

    private ContentHash() {
    }

    /** @param citedReferences the entries of references.yaml the module's lessons and questions cite */
    static String of(Path moduleFolder, Collection<Reference> citedReferences) throws IOException {
        MessageDigest sha256 = sha256();
        for (Path file : filesInStableOrder(moduleFolder)) {
            String relativePath = slashed(moduleFolder.relativize(file));
            byte[] content = Files.readAllBytes(file);
            if (TEXT_EXTENSIONS.stream().anyMatch(relativePath::endsWith)) {
                content = withLfLineEnds(content);
            }
            field(sha256, "file");
            field(sha256, relativePath);
            sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(content.length).array());
            sha256.update(content);
        }
        for (Reference reference : citedReferences.stream().sorted(Comparator.comparing(Reference::key)).toList()) {
            field(sha256, "reference");
            field(sha256, reference.key());
            field(sha256, reference.citation());
            field(sha256, reference.doi() == null ? "" : reference.doi());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static List<Path> filesInStableOrder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(folder.relativize(file)))
                    .sorted(Comparator.comparing(file -> slashed(folder.relativize(file))))
                    .toList();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path segment : relative) {
            if (segment.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    /** Zero-terminated, so that no two different sequences of fields hash the same bytes. */
    private static void field(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static byte[] withLfLineEnds(byte[] content) {
        ByteArrayOutputStream lf = new ByteArrayOutputStream(content.length);
        for (int i = 0; i < content.length; i++) {
            boolean crBeforeLf = content[i] == '\r' && i + 1 < content.length && content[i + 1] == '\n';
            if (!crBeforeLf) {
                lf.write(content[i]);
            }
        }
        return lf.toByteArray();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
