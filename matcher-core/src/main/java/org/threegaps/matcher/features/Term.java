package org.threegaps.matcher.features;

/**
 * What a derived feature can name that is not a value of the input model, for the texts of findings: a text
 * shows it as its translation ({@code value.WHOLE_JOB}), the JSON result by its name.
 */
public enum Term {
    /** The care times the candidate gave, when they named no care duty. */
    CARE_WINDOWS,
    /** A requirement of the job as a whole, tied to no task. */
    WHOLE_JOB,
    /** A qualification the candidate does not hold at all. */
    NOT_HELD
}
