package org.threegaps.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.threegaps.matcher.RuleSource;

/** A copy of the bundled rule set in a temporary folder, for tests that edit rule files. */
final class RuleFolder {
    private final Path directory;

    private RuleFolder(Path directory) {
        this.directory = directory;
    }

    /** @return the bundled rule set copied into {@code directory} */
    static RuleFolder copyOfDefaults(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RuleSource defaults = RuleSource.defaults();
        for (String name : defaults.names()) {
            write(directory.resolve(name), defaults.text(name));
        }
        return new RuleFolder(directory);
    }

    /** @return the folder */
    Path path() {
        return directory;
    }

    /** @return the folder as a command-line argument */
    String arg() {
        return directory.toString();
    }

    /** @return the line number the appended text starts on */
    int append(String file, String text) {
        String content = read(file);
        int firstLine = (int) content.lines().count() + 1 + (content.endsWith("\n") ? 0 : 1);
        write(directory.resolve(file), content + (content.endsWith("\n") ? "" : "\n") + text);
        return firstLine;
    }

    /** Replaces the first occurrence of {@code old}; fails when it is not there. */
    void replace(String file, String old, String replacement) {
        String content = read(file);
        if (!content.contains(old)) {
            throw new IllegalArgumentException(file + " does not contain " + old);
        }
        write(directory.resolve(file), content.replaceFirst(java.util.regex.Pattern.quote(old),
                java.util.regex.Matcher.quoteReplacement(replacement)));
    }

    String read(String file) {
        try {
            return Files.readString(directory.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
