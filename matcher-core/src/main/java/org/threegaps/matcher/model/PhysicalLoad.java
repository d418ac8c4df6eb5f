package org.threegaps.matcher.model;

/** Physical load of a job. */
public enum PhysicalLoad { LOW, MEDIUM, HIGH }
