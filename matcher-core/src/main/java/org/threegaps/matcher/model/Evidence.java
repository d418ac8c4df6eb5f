package org.threegaps.matcher.model;

/** How a competence level is known; volunteering and trial days count (seed 004 L970–975, L2013–2016). */
public enum Evidence {
    /** A diploma or certificate. */
    CERTIFICATE,
    /** Paid work in which the competence was used. */
    WORK_EXPERIENCE,
    /** Volunteer work in which the competence was used. */
    VOLUNTEERING,
    /** Shown on a trial day or in a test. */
    TRIAL_OR_TEST,
    /** Assessed by the job coach. */
    COACH_ASSESSED,
    /** Said by the candidate, not checked. */
    SELF_REPORTED
}
