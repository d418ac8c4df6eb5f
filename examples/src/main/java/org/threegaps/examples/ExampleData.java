package org.threegaps.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * The bundled data set: Flemish jobs analysed into tasks and candidates built from the personas of the
 * seeds, one JSON document per file under {@code /data/jobs/} and {@code /data/candidates/} on the
 * classpath. Each folder has an {@code index.txt} listing its files, because a jar cannot be listed.
 */
public final class ExampleData {
    /** The classpath folder of the job documents. */
    public static final String JOBS = "data/jobs/";
    /** The classpath folder of the candidate documents. */
    public static final String CANDIDATES = "data/candidates/";

    private ExampleData() {
    }

    /** @return every bundled job, in index order */
    public static List<Job> jobs() {
        return index(JOBS).stream().map(file -> Json.read(JOBS + file, text(JOBS + file), Job.class)).toList();
    }

    /** @return every bundled candidate, in index order */
    public static List<Candidate> candidates() {
        return index(CANDIDATES).stream()
                .map(file -> Json.read(CANDIDATES + file, text(CANDIDATES + file), Candidate.class)).toList();
    }

    /**
     * @return the bundled candidate with this id
     * @throws NoSuchElementException naming the id when there is none
     */
    public static Candidate candidate(String id) {
        String file = CANDIDATES + id + ".json";
        if (ExampleData.class.getClassLoader().getResource(file) == null) {
            throw new NoSuchElementException("no bundled candidate \"" + id + "\"; the ids are the file names in " + CANDIDATES);
        }
        return Json.read(file, text(file), Candidate.class);
    }

    /** @return the file names listed in a folder's {@code index.txt}, without comments and blank lines */
    public static List<String> index(String folder) {
        List<String> files = new ArrayList<>();
        for (String line : text(folder + "index.txt").split("\n")) {
            String file = line.strip();
            if (!file.isEmpty() && !file.startsWith("#")) {
                files.add(file);
            }
        }
        return files;
    }

    /** @return the UTF-8 text of a classpath resource */
    static String text(String resource) {
        try (InputStream in = ExampleData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("classpath resource " + resource + " is missing"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + resource, e);
        }
    }
}
