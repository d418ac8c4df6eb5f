package org.threegaps.matcher.model;

/** The effort an employer states for a redesign option; the advisor prefers less. */
public enum Effort { LOW, MEDIUM, HIGH }
