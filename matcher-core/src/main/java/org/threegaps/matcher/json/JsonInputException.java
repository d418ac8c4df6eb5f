package org.threegaps.matcher.json;

/**
 * A JSON document that cannot be read, located in one line: file, line and column, JSON path, what was
 * expected — {@code amira.json:12:15: $.languages.nl: expected one of [NONE, A1, …], was "B3"}.
 * Nothing of the document is used when this is thrown.
 */
public final class JsonInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The file or source name. */
    private final String file;
    /** 1-based line, 0 when unknown. */
    private final int line;
    /** 1-based column, 0 when unknown. */
    private final int column;
    /** The JSON path. */
    private final String path;
    /** What is wrong and what was expected. */
    private final String problem;

    /**
     * @param file    the file or source name
     * @param line    1-based line of the problem, 0 when unknown
     * @param column  1-based column, 0 when unknown
     * @param path    the JSON path, such as {@code $.tasks[2].importance}
     * @param problem what is wrong and what was expected
     * @param cause the underlying failure, or null
     */
    public JsonInputException(String file, int line, int column, String path, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + path + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = path;
        this.problem = problem;
    }

    /**
     * Creates an exception without a line and column.
     *
     * @param file the file
     * @param path the JSON path
     * @param problem what is wrong and what was expected
     * @param cause the underlying failure, or null
     */
    public JsonInputException(String file, String path, String problem, Throwable cause) {
        this(file, 0, 0, path, problem, cause);
    }

    /** @return the file or source name */
    public String file() {
        return file;
    }

    /** @return the 1-based line where reading stopped, 0 when unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column where reading stopped, 0 when unknown */
    public int column() {
        return column;
    }

    /** @return the JSON path, such as {@code $.tasks[2].importance} */
    public String path() {
        return path;
    }

    /** @return what is wrong and what was expected */
    public String problem() {
        return problem;
    }
}
