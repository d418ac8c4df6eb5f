package org.threegaps.matcher.model;

/** Common European Framework of Reference levels; {@code NONE} means no command of the language at all. */
public enum Cefr {
    /** No command of the language at all. */
    NONE,
    /** Breakthrough: familiar words and very basic phrases. */
    A1,
    /** Waystage: simple, routine exchanges. */
    A2,
    /** Threshold: the main points of clear talk about work and daily life. */
    B1,
    /** Vantage: fluent enough for regular interaction with native speakers. */
    B2,
    /** Effective operational proficiency. */
    C1,
    /** Mastery. */
    C2;

    /**
     * @param required the level asked
     * @return how many levels {@code required} lies above this level, 0 when this level suffices
     */
    public int levelsBelow(Cefr required) {
        return Math.max(0, required.ordinal() - ordinal());
    }

    /**
     * @param other another level
     * @return true when this level is at least {@code other}
     */
    public boolean atLeast(Cefr other) {
        return ordinal() >= other.ordinal();
    }
}
