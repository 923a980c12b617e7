package io.github.samnative.core.makefile;

import io.github.samnative.core.template.SamTemplate;
import io.github.samnative.core.template.TemplateLoader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** SAM projects made in a temporary directory from the fixture templates. */
final class TestProjects {

    private TestProjects() {
    }

    static String fixture(String name) throws Exception {
        URL url = TestProjects.class.getResource("/templates/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture templates/" + name);
        }
        return Files.readString(Path.of(url.toURI()));
    }

    /** Writes {@code project/template.yaml} with the fixture's text and loads it. */
    static SamTemplate project(Path project, String fixture) throws Exception {
        return write(project, fixture(fixture));
    }

    static SamTemplate write(Path project, String templateText) throws Exception {
        Path template = Files.writeString(project.resolve("template.yaml"), templateText);
        return TemplateLoader.load(template);
    }
}
