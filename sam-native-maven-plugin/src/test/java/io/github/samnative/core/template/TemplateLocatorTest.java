package io.github.samnative.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLocatorTest {

    @TempDir
    Path root;

    @Test
    void findsTemplateYamlInTheProjectDirectory() throws Exception {
        Path project = Files.createDirectories(root.resolve("project"));
        Path template = Files.writeString(project.resolve("template.yaml"), "Resources: {}\n");
        Files.writeString(root.resolve("template.yaml"), "Resources: {}\n");

        assertEquals(template, TemplateLocator.locate(project, null));
    }

    @Test
    void prefersYamlThenYmlThenJson() throws Exception {
        Files.writeString(root.resolve("template.json"), "{}");
        assertEquals(root.resolve("template.json"), TemplateLocator.locate(root, ""));

        Files.writeString(root.resolve("template.yml"), "a: b\n");
        assertEquals(root.resolve("template.yml"), TemplateLocator.locate(root, null));

        Files.writeString(root.resolve("template.yaml"), "a: b\n");
        assertEquals(root.resolve("template.yaml"), TemplateLocator.locate(root, null));
    }

    @Test
    void findsTheNearestParentsTemplate() throws Exception {
        Path samProject = Files.createDirectories(root.resolve("sam-project"));
        Path module = Files.createDirectories(samProject.resolve("functions/shorten"));
        Path template = Files.writeString(samProject.resolve("template.yml"), "a: b\n");
        Files.writeString(root.resolve("template.yaml"), "a: b\n");

        assertEquals(template, TemplateLocator.locate(module, null));
    }

    @Test
    void usesTheExplicitPathRelativeToTheProject() throws Exception {
        Path project = Files.createDirectories(root.resolve("project"));
        Path other = Files.writeString(Files.createDirectories(root.resolve("infra")).resolve("stack.yaml"), "a: b\n");
        Files.writeString(project.resolve("template.yaml"), "a: b\n");

        assertEquals(other, TemplateLocator.locate(project, "../infra/stack.yaml"));
        assertEquals(root.resolve("infra").resolve("stack.yaml"), TemplateLocator.locate(project, other.toString()));
    }

    @Test
    void explicitDirectoryMeansTheTemplateInIt() throws Exception {
        Path infra = Files.createDirectories(root.resolve("infra"));
        Path template = Files.writeString(infra.resolve("template.json"), "{}");

        assertEquals(template, TemplateLocator.locate(root, "infra"));
    }

    @Test
    void explicitPathThatDoesNotExist() {
        TemplateException error = assertThrows(TemplateException.class,
                () -> TemplateLocator.locate(root, "infra/stack.yaml"));

        assertEquals(root.resolve("infra/stack.yaml") + ": the template given by -Dsam-native.template=infra/stack.yaml"
                + " does not exist.\n  Fix: correct the path (relative paths start at " + root + "), or leave"
                + " -Dsam-native.template out to use template.yaml from the project directory or its parents.",
                error.getMessage());
    }

    @Test
    void noTemplateAnywhereListsTheDirectoriesSearched() throws Exception {
        Path module = Files.createDirectories(root.resolve("a/b"));
        for (Path dir = root.getParent(); dir != null; dir = dir.getParent()) {
            for (String name : TemplateLocator.FILE_NAMES) {
                Assumptions.assumeFalse(Files.exists(dir.resolve(name)),
                        "a stray " + dir.resolve(name) + " above the test directory would be found");
            }
        }

        TemplateException error = assertThrows(TemplateException.class, () -> TemplateLocator.locate(module, null));

        String message = error.getMessage();
        assertTrue(message.startsWith(module + ": no SAM template found. Looked for template.yaml, template.yml,"
                + " template.json in " + module + " and each parent directory:\n    " + module + "\n    "
                + root.resolve("a") + "\n    " + root + "\n"), message);
        assertTrue(message.endsWith("\n  Fix: create template.yaml in " + module + ", or point to your template with"
                + " -Dsam-native.template=<path>."), message);
    }
}
