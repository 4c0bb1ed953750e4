package dev.aigeo.explorer.admin;

import dev.aigeo.explorer.http.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded dataset zip into a temporary folder, defensively: no path may leave the folder, and the
 * number of entries and the unpacked size are capped (a small zip can expand to gigabytes). The dataset's
 * {@code nodes/} may sit at the root or inside one top folder.
 */
final class ZipDataset {

    static final int MAX_ENTRIES = 10_000;

    private ZipDataset() {
    }

    /** Unpacks into {@code target}; returns the dataset folder (target itself or its single top folder). */
    static Path unpack(InputStream zip, Path target, long maxUnpackedBytes) {
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new ApiException(413, "the zip holds more than " + MAX_ENTRIES + " entries");
                }
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target) || entry.getName().contains("..")) {
                    throw ApiException.badRequest("the zip entry '" + entry.getName() + "' points outside the dataset");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                total += copyCapped(in, file, maxUnpackedBytes - total);
            }
        } catch (ZipException e) {
            throw ApiException.badRequest("the body is not a readable zip: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries == 0) {
            throw ApiException.badRequest("the body is not a zip, or an empty one");
        }
        return datasetRoot(target);
    }

    private static long copyCapped(InputStream in, Path file, long allowed) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                written += read;
                if (written > allowed) {
                    throw new ApiException(413, "the dataset unpacks to more than the upload limit allows");
                }
                out.write(buffer, 0, read);
            }
        }
        return written;
    }

    private static Path datasetRoot(Path target) {
        if (Files.isDirectory(target.resolve("nodes"))) {
            return target;
        }
        try (Stream<Path> children = Files.list(target)) {
            var folders = children.filter(Files::isDirectory).toList();
            if (folders.size() == 1 && Files.isDirectory(folders.get(0).resolve("nodes"))) {
                return folders.get(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new ApiException(422, "the zip has no nodes/ folder at its root or inside one top folder");
    }
}
