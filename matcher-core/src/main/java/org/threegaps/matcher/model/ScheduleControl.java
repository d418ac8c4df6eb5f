package org.threegaps.matcher.model;

/** Who sets the hours: the employer alone, by agreement, or the worker. */
public enum ScheduleControl { FIXED, NEGOTIABLE, EMPLOYEE_CONTROLLED }
