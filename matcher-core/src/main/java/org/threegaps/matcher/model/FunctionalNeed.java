package org.threegaps.matcher.model;

/**
 * Declared functional needs. Never a diagnosis: "no heavy lifting", not "back problems"
 * (seeds 000–003 §E principle 7).
 */
public enum FunctionalNeed {
    /** Cannot lift heavy loads. */
    NO_HEAVY_LIFTING,
    /** Cannot stand for long stretches. */
    NO_PROLONGED_STANDING,
    /** Moves in a wheelchair: the workplace must be accessible. */
    WHEELCHAIR_USER,
    /** Sees poorly. */
    LIMITED_VISION,
    /** Hears poorly. */
    LIMITED_HEARING,
    /** Needs fixed tasks, a fixed place and few surprises. */
    NEEDS_STRUCTURE_AND_PREDICTABILITY,
    /** What the candidate can do varies from day to day. */
    FLUCTUATING_CAPACITY,
    /** Needs short breaks beyond the usual ones. */
    NEEDS_REST_BREAKS
}
