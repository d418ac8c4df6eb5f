package org.threegaps.matcher.model;

/** Declared workplace needs. The need is stored, never the belief behind it (seed 004 X-03). */
public enum WorkplaceNeed {
    /** Wears headwear at work. */
    HEADWEAR,
    /** Short prayer breaks. */
    PRAYER_BREAKS,
    /** A separate changing room. */
    SEPARATE_CHANGING_ROOM
}
