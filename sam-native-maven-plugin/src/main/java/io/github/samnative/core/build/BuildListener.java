package io.github.samnative.core.build;

/** Progress of a build, rendered by the caller (Maven's log, a test's list). */
public interface BuildListener {

    /** A stage begins: compile, image build, placement. */
    void stage(String description);

    /** Detail within a stage, e.g. a line of native-image's output. */
    void detail(String line);

    /** Something the user should know but that does not stop the build. */
    void warning(String message);
}
