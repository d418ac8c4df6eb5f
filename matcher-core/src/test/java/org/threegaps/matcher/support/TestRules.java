package org.threegaps.matcher.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.threegaps.matcher.RuleSource;

/** The small rule set of matcher-core's tests (src/test/resources/org/threegaps/matcher/testrules). */
public final class TestRules {
    /** The classpath folder of the test rule set. */
    public static final String FOLDER = "org/threegaps/matcher/testrules";

    private TestRules() {
    }

    /** @return the test rule set */
    public static RuleSource source() {
        return RuleSource.classpath(FOLDER);
    }

    /** @return {@code directory} holding a copy of the test rule set's files */
    public static Path copyTo(Path directory) {
        RuleSource source = source();
        try {
            for (String name : source.names()) {
                Files.write(directory.resolve(name), source.bytes(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory;
    }
}
