package org.dnacademy.training.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the authors' text files the same way on every machine: UTF-8, no byte order mark, and LF
 * line ends (an editor on Windows must not shift line numbers or change a module's version).
 */
final class TextFiles {

    private TextFiles() {
    }

    static Optional<String> read(Path file, SourceFile source) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            source.problem(0, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(normalise(text));
        } catch (CharacterCodingException e) {
            source.problem(0, "is not UTF-8 text; save it with UTF-8 encoding");
            return Optional.empty();
        }
    }

    static String normalise(String text) {
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutMark.replace("\r\n", "\n").replace('\r', '\n');
    }
}
