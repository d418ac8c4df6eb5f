package org.threegaps.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the {@code matcher} command with its output captured, as a test sees it.
 *
 * @param code the exit code
 * @param out  what went to standard output
 * @param err  what went to standard error
 */
record Run(int code, String out, String err) {
    /** @return the outcome of {@code matcher args…} */
    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MatcherCommand.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** @return standard output and standard error together */
    String all() {
        return out + err;
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
