package org.threegaps.matcher.model;

/** Whether a task must be done from the first day or can be added once the worker is settled in. */
public enum TaskTiming {
    /** From the first day. */
    FROM_START,
    /** Once the worker is settled in. */
    AFTER_ONBOARDING
}
