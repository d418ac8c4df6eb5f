package org.threegaps.matcher.json;

/**
 * A JSON document that cannot be read, located in one line: file, JSON path, what was expected.
 * Nothing of the document is used when this is thrown.
 */
public final class JsonInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String path;
    private final String problem;

    public JsonInputException(String file, String path, String problem, Throwable cause) {
        super(file + ": " + path + ": " + problem, cause);
        this.file = file;
        this.path = path;
        this.problem = problem;
    }

    /** @return the file or source name */
    public String file() {
        return file;
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
