package org.threegaps.matcher.model;

/** The effort an employer states for a redesign option; the advisor prefers less. */
public enum Effort {
    /** Little effort for the employer. */
    LOW,
    /** Some effort for the employer. */
    MEDIUM,
    /** Much effort for the employer. */
    HIGH
}
