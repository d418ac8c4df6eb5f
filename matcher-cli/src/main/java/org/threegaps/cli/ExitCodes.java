package org.threegaps.cli;

/** Exit codes for CI: 0 all good, 1 something to fix (rule errors, failed scenarios, bad input), 2 wrong usage. */
final class ExitCodes {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
