package org.threegaps.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.json.JsonInputException;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * Reads candidates and jobs for the commands: one JSON document per file, a file with a JSON array, or a
 * folder of {@code *.json} files (the layout of the bundled example data). A bad document stops the
 * command with its file, JSON path and what was expected.
 */
final class Inputs {
    private Inputs() {
    }

    /** @return the candidate in a JSON file */
    static Candidate candidate(Path file, Texts texts) {
        return read(requireFile(file, texts), Json::readCandidate);
    }

    /** @return the job in a JSON file */
    static Job job(Path file, Texts texts) {
        return read(requireFile(file, texts), Json::readJob);
    }

    /** @return the candidates of a folder, a JSON array or a single document */
    static List<Candidate> candidates(Path path, Texts texts) {
        return many(path, texts, Json::readCandidates, Json::readCandidate);
    }

    /** @return the jobs of a folder, a JSON array or a single document */
    static List<Job> jobs(Path path, Texts texts) {
        return many(path, texts, Json::readJobs, Json::readJob);
    }

    private static <T> List<T> many(Path path, Texts texts, Function<Path, List<T>> array, Function<Path, T> single) {
        if (Files.isDirectory(path)) {
            List<T> all = new ArrayList<>();
            for (Path file : jsonFiles(path)) {
                all.add(read(file, single));
            }
            if (all.isEmpty()) {
                throw new UserError(texts.get("input.emptyFolder", path));
            }
            return all;
        }
        Path file = requireFile(path, texts);
        return startsWithArray(file) ? read(file, array) : List.of(read(file, single));
    }

    private static List<Path> jsonFiles(Path directory) {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static boolean startsWithArray(Path file) {
        try {
            String text = Files.readString(file);
            return text.stripLeading().startsWith("[");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Path requireFile(Path file, Texts texts) {
        if (!Files.isRegularFile(file)) {
            throw new UserError(texts.get("input.notFound", file));
        }
        return file;
    }

    private static <T> T read(Path file, Function<Path, T> reader) {
        try {
            return reader.apply(file);
        } catch (JsonInputException e) {
            throw new UserError(e.getMessage());
        }
    }
}
