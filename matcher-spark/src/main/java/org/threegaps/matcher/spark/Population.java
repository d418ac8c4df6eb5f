package org.threegaps.matcher.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.testkit.generate.RandomModels;

/**
 * A random but valid population (homes and workplaces in Flemish places), as objects and as JSON Lines
 * files: for {@code threegaps-spark generate} and the tests. The same seed gives the same population.
 */
record Population(List<Candidate> candidates, List<Job> jobs) {

    static Population random(long seed, int candidates, int jobs) {
        Random random = new Random(seed);
        List<Candidate> cs = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            cs.add(RandomModels.candidate(random, String.format("c%05d", i)));
        }
        List<Job> js = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            js.add(RandomModels.job(random, String.format("j%05d", i)));
        }
        return new Population(cs, js);
    }

    /** Writes candidates.jsonl and jobs.jsonl into {@code dir}. */
    Population writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(dir.resolve("candidates.jsonl"), candidates);
        write(dir.resolve("jobs.jsonl"), jobs);
        return this;
    }

    private static String document(List<?> documents) {
        return documents.isEmpty() ? "nothing" : documents.get(0).getClass().getSimpleName();
    }

    private static void write(Path file, List<?> documents) {
        com.fasterxml.jackson.databind.ObjectMapper mapper = Json.mapper();
        try (Writer out = Files.newBufferedWriter(file)) {
            for (Object document : documents) {
                out.write(mapper.writeValueAsString(document));
                out.write('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + document(documents), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
