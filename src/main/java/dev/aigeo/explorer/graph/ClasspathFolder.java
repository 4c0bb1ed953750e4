package dev.aigeo.explorer.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * A folder of classpath resources as a {@link Path}, whether the classes run from {@code target/classes} or from
 * inside the jar (through the zip file system), so that bundled folders can be listed and read like any other.
 */
public final class ClasspathFolder {

    private ClasspathFolder() {
    }

    public static Path of(String resourceFolder) {
        URL url = ClasspathFolder.class.getResource(resourceFolder);
        if (url == null) {
            throw new IllegalStateException("resource folder not found on the classpath: " + resourceFolder);
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            return zipFileSystem(uri).provider().getPath(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        }
    }

    private static FileSystem zipFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the jar holding " + uri, e);
        }
    }
}
