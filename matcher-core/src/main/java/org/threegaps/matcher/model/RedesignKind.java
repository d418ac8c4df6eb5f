package org.threegaps.matcher.model;

/** The kinds of job change an employer can declare itself open to (seed 004 §4.1.2.1, job redesign). */
public enum RedesignKind {
    /** Drop a task from the job. */
    REMOVE_TASK,
    /** A colleague takes the task over. */
    REASSIGN_TASK,
    /** Start without the task and add it once settled in (task sequencing, seed 004 L3840–3847). */
    DEFER_TASK,
    /** Accept part-time work from a number of hours. */
    PART_TIME,
    /** Offer another roster beside the existing ones. */
    EXTRA_ROSTER,
    /** Add a support such as a buddy or language coaching on the floor. */
    ADD_SUPPORT,
    /** Give months after hiring to obtain a requirement. */
    GRACE_PERIOD
}
