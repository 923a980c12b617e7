package io.github.samnative.core.cache;

/** The verdict on an entry directory: missing, complete and intact, or damaged (and how). */
record EntryCheck(State state, String problem) {

    enum State { ABSENT, VALID, CORRUPT }

    static final EntryCheck ABSENT = new EntryCheck(State.ABSENT, null);
    static final EntryCheck VALID = new EntryCheck(State.VALID, null);

    static EntryCheck corrupt(String problem) {
        return new EntryCheck(State.CORRUPT, problem);
    }

    boolean isValid() {
        return state == State.VALID;
    }
}
