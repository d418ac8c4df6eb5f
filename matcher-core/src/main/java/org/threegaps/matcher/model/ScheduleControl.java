package org.threegaps.matcher.model;

/** Who sets the hours: the employer alone, by agreement, or the worker. */
public enum ScheduleControl {
    /** The employer sets the hours. */
    FIXED,
    /** The hours are agreed with the worker. */
    NEGOTIABLE,
    /** The worker chooses the hours. */
    EMPLOYEE_CONTROLLED
}
