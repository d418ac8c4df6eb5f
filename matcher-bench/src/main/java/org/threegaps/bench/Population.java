package org.threegaps.bench;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.testkit.generate.RandomModels;

/** Generated, valid candidates and jobs with a fixed seed, so every run measures the same data. */
final class Population {
    private Population() {
    }

    static List<Candidate> candidates(int n, long seed) {
        Random random = new Random(seed);
        return IntStream.range(0, n).mapToObj(i -> RandomModels.candidate(random, "c-" + i)).toList();
    }

    static List<Job> jobs(int n, long seed) {
        Random random = new Random(seed);
        return IntStream.range(0, n).mapToObj(i -> RandomModels.job(random, "j-" + i)).toList();
    }
}
