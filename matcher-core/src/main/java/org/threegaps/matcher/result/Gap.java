package org.threegaps.matcher.result;

/** The three gaps between non-working people and employers (seed 004 L100–103). */
public enum Gap {
    /** Available versus required skills. */
    SKILL,
    /** How each side searches and selects. */
    SEARCH,
    /** A person's life situation versus how work is organised. */
    ORGANISATION
}
