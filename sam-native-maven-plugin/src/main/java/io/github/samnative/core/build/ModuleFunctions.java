package io.github.samnative.core.build;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.makefile.MakefileLocations;
import io.github.samnative.core.makefile.ManifestEntry;
import io.github.samnative.core.makefile.ModuleManifest;
import io.github.samnative.core.template.SamTemplate;
import io.github.samnative.core.template.TemplateLoader;
import io.github.samnative.core.template.TemplateLocator;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Which functions a module builds, for the makefile hook. */
public final class ModuleFunctions {

    private ModuleFunctions() {}

    /**
     * The Makefile's manifest first: SAM's scratch copy holds only the module, so template.yaml may
     * not be there, and a search of parent directories could find a stray one instead. The
     * template is read when it is named explicitly or the Makefile has no manifest.
     */
    public static List<FunctionTarget> forHook(Path projectDirectory, String explicitTemplate, Consumer<String> notes)
            throws SamNativeException {
        Path makefile = projectDirectory.resolve(MakefileLocations.MAKEFILE_NAME);
        if (explicitTemplate == null || explicitTemplate.isBlank()) {
            Optional<List<ManifestEntry>> manifest = ModuleManifest.read(makefile);
            if (manifest.isPresent()) {
                return manifest.get().stream()
                        .map(e -> new FunctionTarget(e.logicalId(), e.handler(), e.architecture(), makefile.toString()))
                        .collect(Collectors.toList());
            }
            notes.accept(makefile + " has no sam-native block; reading the functions from the template.");
        }
        SamTemplate template = TemplateLoader.load(TemplateLocator.locate(projectDirectory, explicitTemplate));
        return SamNativeBuild.functionsOfModule(template, projectDirectory).stream()
                .map(f -> new FunctionTarget(f.logicalId(), f.handler(), f.architecture(), f.location().describeShort()))
                .collect(Collectors.toList());
    }
}
