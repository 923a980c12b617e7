package io.github.samnative.benchmarks;

/** The value of a whole-number command-line option, checked against its minimum; shared by the drivers' option parsers. */
final class WholeNumberOption {

    private WholeNumberOption() {}

    /** @throws IllegalArgumentException naming the option, its minimum and the value given */
    static int parse(String name, String value, int minimum) {
        try {
            int n = Integer.parseInt(value.replace("_", ""));
            if (n >= minimum) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new IllegalArgumentException(name + " must be a whole number of at least " + minimum + ", was '" + value + "'");
    }
}
