package org.threegaps.matcher.model;

/** A three-step assessment, used for self-confidence as the coach judges it. */
public enum Level { LOW, MEDIUM, HIGH }
