package org.threegaps.cli;

import java.util.List;

/**
 * A problem the user can fix (a missing file, an unknown parameter, a rule set with errors), already in
 * the user's words: the command prints its lines and exits with 1, without a stack trace.
 */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;

    UserError(String line) {
        this(List.of(line));
    }

    UserError(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    /** @return the lines to print */
    List<String> lines() {
        return lines;
    }
}
