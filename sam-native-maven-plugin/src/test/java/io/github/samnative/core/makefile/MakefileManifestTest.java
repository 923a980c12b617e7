package io.github.samnative.core.makefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.template.Architecture;
import io.github.samnative.core.template.ServerlessFunction;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MakefileManifestTest {

    private static final Path MAKEFILE = Path.of("/project/app/Makefile");

    @Test
    void readsBackWhatTheGeneratorWrote(@TempDir Path project) throws Exception {
        List<ServerlessFunction> functions = TestProjects.project(project, "all-short-form-tags.yaml").functions();
        String text = "all:\n\techo hi\n\n" + MakefileGenerator.generate(functions, functions.subList(0, 1));

        MakefileManifest manifest = MakefileManifest.parse(MAKEFILE, text);

        assertEquals(List.of(
                new ManifestEntry("ShortenFunction", "com.example.links.ShortenHandler", Architecture.X86_64),
                new ManifestEntry("RedirectFunction", "com.example.links.RedirectHandler::handleRequest",
                        Architecture.ARM64)), manifest.entries());
        assertEquals(Optional.of(manifest.entries().get(1)), manifest.entry("RedirectFunction"));
        assertEquals(Optional.empty(), manifest.entry("Nope"));
    }

    @Test
    void skipsKeysItDoesNotKnow() throws Exception {
        String text = String.join("\n", MakefileManifest.BEGIN_MARKER,
                "# sam-native:function Fn handler=a.B memory=512 architecture=arm64",
                MakefileManifest.END_MARKER, "");

        assertEquals(List.of(new ManifestEntry("Fn", "a.B", Architecture.ARM64)),
                MakefileManifest.parse(MAKEFILE, text).entries());
    }

    @Test
    void aMakefileWithoutTheBlockTellsHowToAddIt() {
        SamNativeException error = assertThrows(SamNativeException.class,
                () -> MakefileManifest.parse(MAKEFILE, "build-Fn:\n\tmvn package\n"));

        assertEquals("Makefile /project/app/Makefile has no sam-native block, which lists the project's functions for"
                + " sam-native:bootstrap (SAM copies only this directory, not the template, before it runs make).\n"
                + "  Fix: run `mvn sam-native:makefile` in the project directory to add it.", error.getMessage());
    }

    @Test
    void aDamagedLineIsReportedWithItsNumber() {
        String noHandler = String.join("\n", "all:", MakefileManifest.BEGIN_MARKER,
                "# sam-native:function Fn architecture=x86_64", MakefileManifest.END_MARKER);
        String badArchitecture = String.join("\n", MakefileManifest.BEGIN_MARKER,
                "# sam-native:function Fn handler=a.B architecture=amd64", MakefileManifest.END_MARKER);
        String twice = String.join("\n", MakefileManifest.BEGIN_MARKER,
                "# sam-native:function Fn handler=a.B architecture=x86_64",
                "# sam-native:function Fn handler=a.C architecture=x86_64", MakefileManifest.END_MARKER);
        String fix = ".\n  Fix: run `mvn sam-native:makefile` in the project directory to write the sam-native block anew.";

        assertEquals("Makefile /project/app/Makefile, line 3: function Fn has no handler=" + fix,
                assertThrows(SamNativeException.class, () -> MakefileManifest.parse(MAKEFILE, noHandler)).getMessage());
        assertEquals("Makefile /project/app/Makefile, line 2: function Fn has architecture=amd64, expected x86_64 or"
                + " arm64" + fix,
                assertThrows(SamNativeException.class, () -> MakefileManifest.parse(MAKEFILE, badArchitecture))
                        .getMessage());
        assertEquals("Makefile /project/app/Makefile, line 3: function Fn is listed twice (also at line 2)" + fix,
                assertThrows(SamNativeException.class, () -> MakefileManifest.parse(MAKEFILE, twice)).getMessage());
    }
}
