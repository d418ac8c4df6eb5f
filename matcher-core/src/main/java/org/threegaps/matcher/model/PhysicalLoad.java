package org.threegaps.matcher.model;

/** Physical load of a job. */
public enum PhysicalLoad {
    /** Light work. */
    LOW,
    /** Moderate physical load. */
    MEDIUM,
    /** Physically heavy work. */
    HIGH
}
