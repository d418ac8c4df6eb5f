package org.threegaps.matcher.advisor;

import java.util.List;

/**
 * Which development steps open the most jobs of a pool to one candidate.
 *
 * @param candidateId the candidate
 * @param poolSize    how many jobs were scored
 * @param openNow     how many reach at least "match with support" without any step
 * @param steps       steps that open at least one job, most opened first
 * @param evaluated   how many candidate–job variants were re-scored
 */
public record CandidateAdvice(String candidateId, int poolSize, int openNow, List<StepReach> steps, long evaluated) {
    /**
     * @param candidateId the candidate
     * @param poolSize    how many jobs were scored
     * @param openNow     how many reach at least "match with support" without any step
     * @param steps       steps that open at least one job, most opened first
     * @param evaluated   how many candidate–job variants were re-scored
     * @throws NullPointerException when {@code steps} is null or holds null
     */
    public CandidateAdvice {
        steps = List.copyOf(steps);
    }
}
