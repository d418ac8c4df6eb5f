package org.threegaps.matcher.model;

/** How often a task comes up; a core task is important and frequent (seed 004 L1862–1873). */
public enum Frequency {
    /** Now and then, less than weekly. */
    RARELY,
    /** Every week. */
    WEEKLY,
    /** Every working day. */
    DAILY
}
