package org.threegaps.cli;

/**
 * Exit codes for CI: 0 all good, 1 something to fix (rule errors, failed scenarios, bad input), 2 wrong usage.
 * {@code replay} compares, like {@code diff}: 0 same, 1 different, 2 could not compare.
 */
final class ExitCodes {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    /** replay: the kept result is reproduced. */
    static final int SAME = 0;
    /** replay: the result (or the kept inputs) differ. */
    static final int DIFFERENT = 1;
    /** replay: unreadable kept file, bad rules or wrong usage. */
    static final int CANNOT_COMPARE = 2;

    private ExitCodes() {
    }
}
