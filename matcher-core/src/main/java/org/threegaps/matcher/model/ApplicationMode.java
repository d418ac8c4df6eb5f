package org.threegaps.matcher.model;

/** How one applies for the job (seed 004 L2486–2518). */
public enum ApplicationMode { ONLINE_ONLY, ONLINE_WITH_SUPPORT, IN_PERSON, VIA_COACH }
