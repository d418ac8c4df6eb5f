package org.threegaps.matcher.model;

/** A three-step assessment, used for self-confidence as the coach judges it. */
public enum Level {
    /** The lowest of the three steps. */
    LOW,
    /** The middle step. */
    MEDIUM,
    /** The highest step. */
    HIGH
}
