package io.github.samnative.core.template;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a template file (YAML or JSON) into snakeyaml's node graph. Composing, rather than
 * constructing Java objects, accepts every CloudFormation short-form tag as it is and keeps the
 * line of every value.
 */
final class TemplateParser {

    /** CloudFormation's own limit for a template sent to S3 is 1 MB; this only stops absurd input. */
    private static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

    private TemplateParser() {
    }

    static MappingNode parse(Path file) throws TemplateException {
        String text = read(file);
        if (isJson(file, text)) {
            // JSON allows tabs between tokens, YAML does not. A raw tab cannot occur inside a JSON
            // string, so swapping each for a space changes no value and no line number.
            text = text.replace('\t', ' ');
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(MAX_CODE_POINTS);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw syntaxError(file, e);
        } catch (YAMLException e) {
            throw new TemplateException(new TemplateProblem(new SourceLocation(file, 0), null,
                    "the template cannot be read as YAML: " + e.getMessage(),
                    "correct the template so that it is valid YAML or JSON."), e);
        }
        if (root == null) {
            throw new TemplateException(new TemplateProblem(new SourceLocation(file, 0), null,
                    "the template is empty.",
                    "write a SAM template with a Resources section, or point -Dsam-native.template at the right file."));
        }
        if (!(root instanceof MappingNode mapping) || TemplateNodes.hasShortFormTag(root)) {
            throw new TemplateException(new TemplateProblem(SourceLocation.of(file, root), null,
                    "the template's top level is not a mapping of sections (AWSTemplateFormatVersion, Resources, ...).",
                    "start the file with top-level keys such as `Transform: AWS::Serverless-2016-10-31` and `Resources:`."));
        }
        return mapping;
    }

    static boolean isJson(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** A template named .yaml/.yml is YAML even if it starts with a flow mapping; otherwise "{" means JSON. */
    private static boolean isJson(Path file, String text) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        boolean yamlName = lower.endsWith(".yaml") || lower.endsWith(".yml");
        return isJson(file) || (!yamlName && text.stripLeading().startsWith("{"));
    }

    private static String read(Path file) throws TemplateException {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new TemplateException(new TemplateProblem(new SourceLocation(file, 0), null,
                    "the template file does not exist.",
                    "create it, or point -Dsam-native.template at your SAM template."), e);
        } catch (MalformedInputException e) {
            throw new TemplateException(new TemplateProblem(new SourceLocation(file, 0), null,
                    "the template is not UTF-8 text.",
                    "save the template as UTF-8."), e);
        } catch (IOException e) {
            throw new TemplateException(new TemplateProblem(new SourceLocation(file, 0), null,
                    "the template cannot be read: " + e,
                    "check that the file is readable."), e);
        }
    }

    private static TemplateException syntaxError(Path file, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? 0 : mark.getLine() + 1;
        StringBuilder what = new StringBuilder("the template is not valid YAML");
        if (mark != null) {
            what.append(" (column ").append(mark.getColumn() + 1).append(")");
        }
        what.append(": ");
        if (e.getContext() != null) {
            what.append(e.getContext()).append(", ");
        }
        what.append(e.getProblem());
        if (e.getContextMark() != null && e.getProblemMark() != null
                && e.getContextMark().getLine() != e.getProblemMark().getLine()) {
            what.append(" (the construct started at line ").append(e.getContextMark().getLine() + 1).append(")");
        }
        return new TemplateException(new TemplateProblem(new SourceLocation(file, line), null, what.toString(),
                "correct the YAML at that line: check its indentation (spaces only, no tabs), quotes and brackets."), e);
    }
}
