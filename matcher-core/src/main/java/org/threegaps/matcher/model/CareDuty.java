package org.threegaps.matcher.model;

/** Care a candidate provides; the schedule consequences live in availability and care windows. */
public enum CareDuty {
    /** Children to care for, such as school runs. */
    CHILDREN,
    /** A child who needs extra care. */
    CHILD_WITH_SPECIAL_NEEDS,
    /** An adult who depends on the candidate, such as a sick parent. */
    ADULT_DEPENDANT
}
