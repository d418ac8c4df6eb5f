package org.threegaps.matcher.result;

/**
 * The verdict on a pair, best first. There is deliberately no "unmatchable": at worst "not yet", with
 * what would have to change (seeds 000–003 §E principle 3).
 */
public enum Verdict {
    /** No essential gap: the person can start in the job as it stands. */
    MATCH,
    /**
     * Every essential gap is bridged by what the job already offers, or a fact an essential rule needs is
     * unknown (then provisional).
     */
    MATCH_WITH_SUPPORT,
    /** The open essential gaps are closed by redesign options the job declares. */
    AFTER_REDESIGN,
    /** An essential gap that nothing the job offers or declares bridges; the findings name the levers. */
    NOT_YET;

    /**
     * @param other the verdict to compare with
     * @return true when this verdict is {@code other} or better
     */
    public boolean atLeast(Verdict other) {
        return ordinal() <= other.ordinal();
    }
}
