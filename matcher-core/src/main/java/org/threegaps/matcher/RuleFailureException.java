package org.threegaps.matcher;

/**
 * A rule failed while it fired: its then-part, or a condition, threw on a pair. Names the rule and the pair
 * instead of passing on the engine's own trace. A rule set in which a rule throws on one of its sample pairs
 * ({@code samples.json}) is refused when it loads, so this is rare in service; the result of the call is
 * lost, never changed. A run that does not finish in time is a {@link RuleTimeoutException}.
 */
public class RuleFailureException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The id of the rule that failed, or "?". */
    private final String ruleId;
    /** The candidate of the pair, or "?". */
    private final String candidateId;
    /** The job of the pair, or "?". */
    private final String jobId;

    /**
     * Names the rule and the pair a rule failed on; the matcher throws it, embedders only catch it.
     *
     * @param ruleId      the id of the rule that failed, or "?"
     * @param candidateId the candidate of the pair, or "?"
     * @param jobId       the job of the pair, or "?"
     * @param cause       what the rule threw
     * @throws NullPointerException when {@code ruleId} or {@code cause} is null
     */
    public RuleFailureException(String ruleId, String candidateId, String jobId, Throwable cause) {
        super((ruleId.equals("?") ? "a rule's condition" : "rule " + ruleId) + " failed on candidate " + candidateId
                + " × job " + jobId + ": " + describe(cause), cause);
        this.ruleId = ruleId;
        this.candidateId = candidateId;
        this.jobId = jobId;
    }

    /** A failure with its own message and no cause. */
    RuleFailureException(String ruleId, String candidateId, String jobId, String message) {
        super(message);
        this.ruleId = ruleId;
        this.candidateId = candidateId;
        this.jobId = jobId;
    }

    /** @return the id of the rule that failed, or "?" when the engine did not say (a condition evaluated by MVEL) */
    public String ruleId() {
        return ruleId;
    }

    /** @return the candidate of the pair it failed on, or "?" when the engine did not say */
    public String candidateId() {
        return candidateId;
    }

    /** @return the job of the pair it failed on, or "?" when the engine did not say */
    public String jobId() {
        return jobId;
    }

    /** @return the innermost cause in one line: its type and message */
    static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
