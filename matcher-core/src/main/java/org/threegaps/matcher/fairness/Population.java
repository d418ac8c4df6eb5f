package org.threegaps.matcher.fairness;

import java.io.UncheckedIOException;
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
    /**
     * @param candidates the candidates, with unique ids
     * @param jobs       the jobs, with unique ids
     * @throws IllegalArgumentException when an id appears twice among the candidates or among the jobs
     * @throws NullPointerException when a list holds null
     */
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
     * Reads a population file, with the limits of a file of many documents ({@link Json}).
     *
     * @param file the population file
     * @return the population
     * @throws org.threegaps.matcher.json.JsonInputException located, when the file is not a valid population
     * @throws UncheckedIOException when the file cannot be read
     * @throws NullPointerException when {@code file} is null
     */
    public static Population read(Path file) {
        return Json.readCollection(file, Population.class);
    }
}
