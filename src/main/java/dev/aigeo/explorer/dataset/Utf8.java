package dev.aigeo.explorer.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds where a file stops being UTF-8, so the fault can name the line. */
final class Utf8 {

    private Utf8() {
    }

    /** The 1-based line of the first byte sequence that is not UTF-8, or -1 when the whole file is. */
    static int firstInvalidLine(Path path) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        int line = 1;
        try (InputStream stream = Files.newInputStream(path)) {
            boolean end = false;
            while (!end) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                end = read < 0;
                if (!end) {
                    in.position(in.position() + read);
                }
                in.flip();
                CoderResult result = decoder.decode(in, out, end);
                if (result.isError()) {
                    return line + newlines(out.flip());
                }
                line += newlines(out.flip());
                out.clear();
                in.compact();
            }
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int newlines(CharBuffer chars) {
        int count = 0;
        while (chars.hasRemaining()) {
            if (chars.get() == '\n') {
                count++;
            }
        }
        return count;
    }
}
