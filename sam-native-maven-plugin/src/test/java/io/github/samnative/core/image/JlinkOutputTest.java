package io.github.samnative.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** jlink's output as a JDK 17 jlink printed it for a runtime of java.base and jdk.crypto.ec. */
class JlinkOutputTest {

    private static final List<String> JLINK = List.of(
            "[0.159s][warning][cds] Preload Warning: Cannot find java/util/logging/Handler",
            "[0.160s][warning][cds] Preload Warning: Cannot find java/util/logging/Level",
            "[0.160s][warning][cds] Preload Warning: Cannot find java/util/logging/Level$KnownLevel",
            "[0.326s][warning][cds] resolve_indy for class java/util/logging/Level has encountered exception:"
                    + " java.lang.NoClassDefFoundError java/util/logging/Level",
            "[0.327s][warning][cds] resolve_indy for class java/util/logging/Level$KnownLevel has encountered exception:"
                    + " java.lang.NoClassDefFoundError java/util/logging/Level$KnownLevel",
            "Created CDS archive successfully");

    @Test
    void warningsAboutClassesOfModulesNotLinkedBecomeOneLine() {
        List<String> shown = JlinkOutput.forUser(JLINK, Set.of("java.base", "jdk.crypto.ec"),
                JlinkOutput.systemModuleOfPackage());

        assertEquals(List.of("The class archive leaves out 3 JDK start-up classes of java.logging, which this runtime"
                + " does not link (jlink's warnings about them are left out).", "Created CDS archive successfully"), shown);
    }

    @Test
    void jdk25sThirdFormIsFoldedToo() {
        List<String> lines = List.of(
                "[0.215s][warning][cds] java.lang.ClassNotFoundException: java.util.logging.Handler",
                "[0.215s][warning][cds] Preload Warning: Cannot find java/util/logging/Handler",
                "[0.216s][warning][cds] java.lang.ClassNotFoundException: java.util.logging.Level$KnownLevel",
                "Created CDS archive successfully");

        assertEquals(List.of("The class archive leaves out 2 JDK start-up classes of java.logging, which this runtime"
                + " does not link (jlink's warnings about them are left out).", "Created CDS archive successfully"),
                JlinkOutput.forUser(lines, Set.of("java.base"), JlinkOutput.systemModuleOfPackage()));
    }

    @Test
    void aWarningAboutAClassOfALinkedModuleIsShownAsItIs() {
        List<String> shown = JlinkOutput.forUser(JLINK, Set.of("java.base", "java.logging"),
                JlinkOutput.systemModuleOfPackage());

        assertEquals(JLINK, shown);
    }

    @Test
    void otherOutputIsShownInItsOrder() {
        List<String> lines = List.of("Warning: something else", "[0.1s][warning][cds] Preload Warning: Cannot find nowhere/Unknown",
                "Created CDS archive successfully");

        assertEquals(lines, JlinkOutput.forUser(lines, Set.of("java.base"), JlinkOutput.systemModuleOfPackage()));
    }
}
