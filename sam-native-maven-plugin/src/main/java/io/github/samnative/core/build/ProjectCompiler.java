package io.github.samnative.core.build;

import io.github.samnative.core.SamNativeException;
import java.io.IOException;

/**
 * Compiles the project when the cache has no image for it. Under {@code mvn package} the
 * lifecycle has compiled already; the makefile hook compiles only on a cache miss, so N functions
 * never mean N compiles.
 */
@FunctionalInterface
public interface ProjectCompiler {

    ProjectCompiler ALREADY_COMPILED = () -> { };

    void compile() throws SamNativeException, IOException, InterruptedException;
}
