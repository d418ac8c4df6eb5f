package org.threegaps.cli;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The test population under {@code src/test/resources/population}: a few candidates and jobs copied from
 * the example data set, one JSON document per file.
 */
final class TestData {
    private TestData() {
    }

    /** @return the path of a test resource as a command-line argument */
    static String path(String resource) {
        URL url = TestData.class.getResource("/" + resource);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String candidate(String id) {
        return path("population/candidates/" + id + ".json");
    }

    static String job(String id) {
        return path("population/jobs/" + id + ".json");
    }

    static String candidates() {
        return path("population/candidates");
    }

    static String jobs() {
        return path("population/jobs");
    }

    static String population() {
        return path("population");
    }
}
