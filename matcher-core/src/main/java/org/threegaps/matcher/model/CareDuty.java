package org.threegaps.matcher.model;

/** Care a candidate provides; the schedule consequences live in availability and care windows. */
public enum CareDuty { CHILDREN, CHILD_WITH_SPECIAL_NEEDS, ADULT_DEPENDANT }
