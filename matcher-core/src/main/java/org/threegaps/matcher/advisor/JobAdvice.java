package org.threegaps.matcher.advisor;

import java.util.List;

/**
 * Which of a job's declared options open it to the most candidates of a pool.
 *
 * @param jobId     the job
 * @param poolSize  how many candidates were scored
 * @param openNow   how many reach at least "match with support" without any change
 * @param options   single options and pairs of options that unlock someone, most unlocked first
 * @param evaluated how many candidate–job variants were re-scored
 */
public record JobAdvice(String jobId, int poolSize, int openNow, List<OptionReach> options, long evaluated) {
    /**
     * @param jobId     the job
     * @param poolSize  how many candidates were scored
     * @param openNow   how many reach at least "match with support" without any change
     * @param options   single options and pairs of options that unlock someone, most unlocked first
     * @param evaluated how many candidate–job variants were re-scored
     * @throws NullPointerException when {@code options} is null or holds null
     */
    public JobAdvice {
        options = List.copyOf(options);
    }
}
