package org.threegaps.matcher.model;

/**
 * Declared functional needs. Never a diagnosis: "no heavy lifting", not "back problems"
 * (seeds 000–003 §E principle 7).
 */
public enum FunctionalNeed {
    NO_HEAVY_LIFTING,
    NO_PROLONGED_STANDING,
    WHEELCHAIR_USER,
    LIMITED_VISION,
    LIMITED_HEARING,
    NEEDS_STRUCTURE_AND_PREDICTABILITY,
    FLUCTUATING_CAPACITY,
    NEEDS_REST_BREAKS
}
