package org.threegaps.matcher.model;

/** How much a task matters to the job (seed 004 L1862–1873). */
public enum Importance {
    /** The job can do without it. */
    LOW,
    /** Part of the job, not its heart. */
    MEDIUM,
    /** What the job is for. */
    HIGH
}
