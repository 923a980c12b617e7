package io.github.samnative.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A real native build with a real GraalVM. It runs only where GRAALVM_HOME points at a GraalVM
 * (bin/native-image); elsewhere it is reported as skipped, never as passed.
 */
class NativeGraalVmIT {

    @Test
    void buildsAndRunsARealNativeBootstrap() throws Exception {
        String graalvm = System.getenv("GRAALVM_HOME");
        Assumptions.assumeTrue(graalvm != null && Files.isExecutable(Path.of(graalvm, "bin", "native-image")),
                "GRAALVM_HOME does not point at a GraalVM with native-image: no real native build here");
        Path project = ItMaven.copyFixture("three-functions", ItMaven.workDirectory("native-graalvm").resolve("orders"));
        assertTrue(ItMaven.mvn(project, "sam-native:makefile").succeeded());
        ItMaven.Result build = ItMaven.mvn(project, Map.of("GRAALVM_HOME", graalvm),
                "-Dsam-native.strict=true", "-Dsam-native.cacheDir=" + project.resolveSibling("cache"), "package");
        assertTrue(build.succeeded(), build::toString);

        Path bootstrap = project.resolve(".aws-sam/build/TotalFunction/bootstrap");
        byte[] head = Files.readAllBytes(bootstrap);
        assertEquals(0x7f, head[0]);
        assertEquals('E', head[1]);
        String receipt = BootstrapProbe.invoke(bootstrap, "com.example.orders.OrderTotals::total",
                Map.of("AWS_LAMBDA_FUNCTION_NAME", "TotalFunction"),
                "{\"id\":\"n-1\",\"lines\":[{\"sku\":\"a\",\"quantity\":2,\"unitCents\":50}]}");
        assertEquals("{\"orderId\":\"n-1\",\"totalCents\":100,\"function\":\"TotalFunction\"}", receipt);
        String greeting = BootstrapProbe.invoke(project.resolve(".aws-sam/build/GreetFunction/bootstrap"),
                "com.example.orders.GreetHandler", Map.of("GREETING", "Hello"),
                "{\"version\":\"2.0\",\"queryStringParameters\":{\"name\":\"Native\"}}");
        assertTrue(greeting.contains("Hello, Native!"), greeting);
    }
}
