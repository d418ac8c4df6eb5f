package org.threegaps.matcher.result;

/**
 * What a finding does. The first two are <em>essential</em>: they decide the verdict, whatever the points.
 * The last three are matters of degree: they only move points.
 */
public enum Kind {
    /** An essential gap the job as it stands does not bridge: the verdict is "not yet" or "after redesign". */
    BLOCKER,
    /**
     * An essential gap that a support, training or grace period the job already offers bridges: the verdict is
     * at best "match with support". Lowers its gap score by its points, as a penalty does.
     */
    BRIDGED,
    /** A matter of degree: lowers the gap score by its points. */
    PENALTY,
    /** Raises the gap score by its points: a strength or a support that fits. */
    BONUS,
    /** No points: unknown data, a flag for the employer or advice for the case worker. */
    INFORMATION;

    /** @return true for the kinds that decide the verdict: blocker and bridged */
    public boolean essential() {
        return this == BLOCKER || this == BRIDGED;
    }
}
