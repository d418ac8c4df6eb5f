package org.threegaps.matcher.model;

/** Whether a task must be done from the first day or can be added once the worker is settled in. */
public enum TaskTiming { FROM_START, AFTER_ONBOARDING }
