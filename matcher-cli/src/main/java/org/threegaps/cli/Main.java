package org.threegaps.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Runs the {@code matcher} command; see {@code docs/analyst-guide.md}. */
public final class Main {
    private Main() {
    }

    /**
     * Runs one command and exits with its exit code (0 good, 1 something to fix, 2 wrong usage).
     *
     * @param args the command line, e.g. {@code verify rules/}
     */
    public static void main(String[] args) {
        // the command reports every problem itself; the engine's own log lines would only repeat them
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = MatcherCommand.create(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
