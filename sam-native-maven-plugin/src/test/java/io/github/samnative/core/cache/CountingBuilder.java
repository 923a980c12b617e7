package io.github.samnative.core.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;

/** Writes an executable {@code bootstrap} with the given text and counts how often it ran. */
class CountingBuilder implements EntryBuilder {

    final AtomicInteger runs = new AtomicInteger();
    private final String bootstrap;

    CountingBuilder(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    @Override
    public void build(Path outputDirectory) throws IOException {
        runs.incrementAndGet();
        Path file = Files.writeString(outputDirectory.resolve("bootstrap"), bootstrap);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
