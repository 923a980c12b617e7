package io.github.samnative.core.cache;

import java.util.Collection;
import java.util.List;

/**
 * The verdict on an entry directory: missing, complete and intact (with what it holds, as just
 * verified), or damaged (and how).
 */
record EntryCheck(State state, String problem, List<ContentItem> contents) {

    enum State { ABSENT, VALID, CORRUPT }

    static final EntryCheck ABSENT = new EntryCheck(State.ABSENT, null, null);

    /** @param contents the entry's content as it was found, sorted by path */
    static EntryCheck valid(Collection<ContentItem> contents) {
        return new EntryCheck(State.VALID, null, List.copyOf(contents));
    }

    static EntryCheck corrupt(String problem) {
        return new EntryCheck(State.CORRUPT, problem, null);
    }

    boolean isValid() {
        return state == State.VALID;
    }
}
