package dev.aigeo.explorer.support;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test datasets under {@code src/test/resources/datasets}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path dataset(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/datasets/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test dataset " + name, e);
        }
    }
}
