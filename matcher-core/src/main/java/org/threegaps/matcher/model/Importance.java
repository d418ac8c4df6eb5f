package org.threegaps.matcher.model;

/** How much a task matters to the job (seed 004 L1862–1873). */
public enum Importance { LOW, MEDIUM, HIGH }
