package org.threegaps.matcher.fairness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * The candidates and jobs of a fairness audit; every candidate is scored against every job. As JSON:
 * {@code {"candidates": [ … ], "jobs": [ … ]}}, each element in the usual candidate and job format.
 *
 * @param candidates the candidates, with unique ids
 * @param jobs       the jobs, with unique ids
 */
public record Population(List<Candidate> candidates, List<Job> jobs) {
    public Population {
        candidates = List.copyOf(candidates == null ? List.of() : candidates);
        jobs = List.copyOf(jobs == null ? List.of() : jobs);
        Set<String> seen = new HashSet<>();
        for (Candidate c : candidates) {
            if (!seen.add(c.id())) {
                throw new IllegalArgumentException("population.candidates: id \"" + c.id() + "\" appears twice");
            }
        }
        seen.clear();
        for (Job j : jobs) {
            if (!seen.add(j.id())) {
                throw new IllegalArgumentException("population.jobs: id \"" + j.id() + "\" appears twice");
            }
        }
    }

    /**
     * Reads a population file.
     *
     * @throws org.threegaps.matcher.json.JsonInputException located, when the file is not a valid population
     */
    public static Population read(Path file) {
        try {
            return Json.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8), Population.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read population file " + file, e);
        }
    }
}
