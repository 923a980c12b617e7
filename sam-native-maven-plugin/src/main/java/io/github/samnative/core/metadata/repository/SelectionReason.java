package io.github.samnative.core.metadata.repository;

/** Why a metadata directory was chosen for a library version, strongest first. */
public enum SelectionReason {
    /** The directory's {@code metadata-version} is the library's version. */
    EXACT,
    /** The library's version is among the directory's {@code tested-versions}. */
    TESTED,
    /** The library's version matches the directory's {@code default-for} pattern. */
    DEFAULT_FOR,
    /** Nothing matched; the directory marked {@code latest} is the best guess. */
    LATEST
}
