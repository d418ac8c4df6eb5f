package org.threegaps.matcher;

import java.time.Duration;

/**
 * Scoring did not finish within its time limit (by default 10 s per pair): the rule set does not end on
 * this pair. The call fails and returns no result; the rules keep running on a daemon thread, which Java
 * cannot stop. Names the rule that was firing and its pair, or "?" when no rule had fired yet.
 */
public final class RuleTimeoutException extends RuleFailureException {
    private static final long serialVersionUID = 1L;
    /** The limit of the whole call: the limit per pair times its pairs. */
    private final Duration limit;

    /**
     * Names the rule that was firing and its pair; the matcher throws it, embedders only catch it.
     *
     * @param ruleId      the id of the rule that was firing, or "?"
     * @param candidateId the candidate of the pair, or "?"
     * @param jobId       the job of the pair, or "?"
     * @param limit       the limit of the whole call
     * @param pairs       how many pairs the call scored
     * @throws NullPointerException when {@code limit} is null
     */
    public RuleTimeoutException(String ruleId, String candidateId, String jobId, Duration limit, int pairs) {
        super(ruleId, candidateId, jobId, "scoring did not finish within " + seconds(limit) + " for " + pairs
                + (pairs == 1 ? " pair" : " pairs") + ": the rule set does not end on candidate " + candidateId
                + " × job " + jobId + ("?".equals(ruleId) ? "" : " (rule " + ruleId + " was firing)"));
        this.limit = limit;
    }

    /** @return the limit that was passed */
    public Duration limit() {
        return limit;
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
