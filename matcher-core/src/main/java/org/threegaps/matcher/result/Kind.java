package org.threegaps.matcher.result;

/** What a finding does to its gap's score. */
public enum Kind {
    /** The pair cannot work as the job stands; names the levers that would lift it. */
    BLOCKER,
    /** Lowers the gap score by its points. */
    PENALTY,
    /** Raises the gap score by its points: a strength or a support that fits. */
    BONUS,
    /** No points: unknown data, a flag for the employer or advice for the case worker. */
    INFORMATION
}
