package org.threegaps.matcher.testkit.generate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * jqwik arbitraries over {@link RandomModels}: valid candidates and jobs drawn from jqwik's random
 * source, so a failing property reports its seed and can be rerun with it. They do not shrink; a
 * failing sample is printed whole.
 */
public final class ModelArbitraries {
    private ModelArbitraries() {
    }

    /** @return valid candidates */
    public static Arbitrary<Candidate> candidates() {
        return Arbitraries.randomValue(r -> RandomModels.candidate(r, "c-" + Integer.toHexString(r.nextInt(1 << 20))));
    }

    /** @return valid jobs */
    public static Arbitrary<Job> jobs() {
        return Arbitraries.randomValue(r -> RandomModels.job(r, "j-" + Integer.toHexString(r.nextInt(1 << 20))));
    }
}
