package org.threegaps.matcher.model;

/** Common European Framework of Reference levels; {@code NONE} means no command of the language at all. */
public enum Cefr {
    NONE, A1, A2, B1, B2, C1, C2;

    /** @return how many levels {@code required} lies above this level, 0 when this level suffices */
    public int levelsBelow(Cefr required) {
        return Math.max(0, required.ordinal() - ordinal());
    }

    /** @return true when this level is at least {@code other} */
    public boolean atLeast(Cefr other) {
        return ordinal() >= other.ordinal();
    }
}
