package io.github.samnative.core.template;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test templates under {@code src/test/resources/templates/}. */
final class Fixtures {

    private Fixtures() {
    }

    static Path template(String name) {
        URL url = Fixtures.class.getResource("/templates/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture templates/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
