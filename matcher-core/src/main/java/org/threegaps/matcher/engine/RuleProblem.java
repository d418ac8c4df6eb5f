package org.threegaps.matcher.engine;

/**
 * A problem in a rule set, located for an analyst: {@code policy.drl:12:5: error: …}.
 *
 * @param file     the file name
 * @param line     1-based line, 0 when the problem concerns the whole file
 * @param column   1-based column, 0 when unknown
 * @param severity error (the rule set is refused) or warning (it loads)
 * @param message  what is wrong, in analyst words
 */
public record RuleProblem(String file, int line, int column, Severity severity, String message) {
    /** How bad a problem is. */
    public enum Severity {
        /** The rule set is refused. */
        ERROR,
        /** The rule set loads; the analyst should look. */
        WARNING
    }

    /**
     * @param file the file
     * @param line 1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param message what is wrong
     * @return an error
     */
    public static RuleProblem error(String file, int line, int column, String message) {
        return new RuleProblem(file, line, column, Severity.ERROR, message);
    }

    /**
     * @param file the file
     * @param line 1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param message what is wrong
     * @return a warning
     */
    public static RuleProblem warning(String file, int line, int column, String message) {
        return new RuleProblem(file, line, column, Severity.WARNING, message);
    }

    /** @return true for an error */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
