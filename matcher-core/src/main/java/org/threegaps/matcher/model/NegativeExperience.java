package org.threegaps.matcher.model;

/** Bad experiences with earlier entry routes that make a candidate wary (seed 004 L1186–1214). */
public enum NegativeExperience {
    /** Worked unpaid on a "trial" that led nowhere. */
    UNPAID_TRIAL,
    /** One short temporary job after another. */
    REPEATED_TEMP_JOBS,
    /** Wrong pay or hours through an agency. */
    INTERIM_PAY_OR_HOURS_ERRORS,
    /** Bullied or discriminated against at work. */
    BULLYING
}
