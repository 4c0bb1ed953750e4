package dev.aigeo.explorer.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over a dataset folder's files (names and bytes) and the importer's storage format, so a start-up can
 * tell that the database already holds exactly this dataset and skip re-importing it.
 */
final class Fingerprint {

    /** Bump when the importer stores things differently, so existing stores are rewritten once. */
    static final String STORAGE_FORMAT = "2";

    private Fingerprint() {
    }

    static String of(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(STORAGE_FORMAT.getBytes(StandardCharsets.UTF_8));
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
