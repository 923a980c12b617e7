package io.github.samnative.core.template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the SAM template: the one named by {@code -Dsam-native.template}, else {@code template.yaml},
 * {@code template.yml} or {@code template.json} (SAM CLI's order) in the project directory, else in
 * the nearest parent directory that has one — so a Maven module below the SAM project finds the
 * project's template.
 */
public final class TemplateLocator {

    public static final String PROPERTY = "sam-native.template";
    public static final List<String> FILE_NAMES = List.of("template.yaml", "template.yml", "template.json");

    private TemplateLocator() {
    }

    /**
     * @param startDir the project directory; relative paths and the search start here
     * @param explicitTemplate the value of {@code -Dsam-native.template}, or {@code null}/blank if not set;
     *     a directory means "the template in that directory"
     * @return the template's absolute, normalized path
     */
    public static Path locate(Path startDir, String explicitTemplate) throws TemplateException {
        Path start = startDir.toAbsolutePath().normalize();
        if (explicitTemplate != null && !explicitTemplate.isBlank()) {
            return explicit(start, explicitTemplate.strip());
        }
        List<Path> searched = new ArrayList<>();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Optional<Path> found = templateIn(dir);
            if (found.isPresent()) {
                return found.get();
            }
            searched.add(dir);
        }
        StringBuilder where = new StringBuilder();
        for (Path dir : searched) {
            where.append("\n    ").append(dir);
        }
        throw new TemplateException(new TemplateProblem(new SourceLocation(start, 0), null,
                "no SAM template found. Looked for " + String.join(", ", FILE_NAMES) + " in " + start
                        + " and each parent directory:" + where,
                "create template.yaml in " + start + ", or point to your template with -D" + PROPERTY + "=<path>."));
    }

    private static Path explicit(Path start, String value) throws TemplateException {
        Path path = start.resolve(value).normalize();
        if (Files.isDirectory(path)) {
            Optional<Path> found = templateIn(path);
            if (found.isPresent()) {
                return found.get();
            }
            throw new TemplateException(new TemplateProblem(new SourceLocation(path, 0), null,
                    "-D" + PROPERTY + "=" + value + " names a directory without " + String.join(", ", FILE_NAMES) + ".",
                    "point -D" + PROPERTY + " at the template file itself, or at the directory that holds it."));
        }
        if (!Files.isRegularFile(path)) {
            throw new TemplateException(new TemplateProblem(new SourceLocation(path, 0), null,
                    "the template given by -D" + PROPERTY + "=" + value + " does not exist.",
                    "correct the path (relative paths start at " + start + "), or leave -D" + PROPERTY
                            + " out to use template.yaml from the project directory or its parents."));
        }
        return path;
    }

    private static Optional<Path> templateIn(Path dir) {
        for (String name : FILE_NAMES) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
