package org.threegaps.matcher.result;

/**
 * The verdict on a pair, best first. There is deliberately no "unmatchable": at worst "not yet", with
 * what would have to change (seeds 000–003 §E principle 3).
 */
public enum Verdict {
    MATCH, MATCH_WITH_SUPPORT, AFTER_REDESIGN, NOT_YET;

    /** @return true when this verdict is {@code other} or better */
    public boolean atLeast(Verdict other) {
        return ordinal() <= other.ordinal();
    }
}
