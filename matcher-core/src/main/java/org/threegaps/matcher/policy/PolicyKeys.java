package org.threegaps.matcher.policy;

import java.util.List;

/**
 * The parameters Java code reads, beside those the rules read. The rule-set lint uses this list to tell
 * an unused parameter from one the feature derivation or scoring needs.
 */
public final class PolicyKeys {
    /** Road distance as a multiple of the straight line. */
    public static final String DETOUR_FACTOR = "commute.detourFactor";
    /** Walking speed in km/h. */
    public static final String SPEED_WALK = "commute.speedKmh.walk";
    /** Cycling speed in km/h. */
    public static final String SPEED_BIKE = "commute.speedKmh.bike";
    /** Average public-transport speed in km/h. */
    public static final String SPEED_PUBLIC_TRANSPORT = "commute.speedKmh.publicTransport";
    /** Average car speed in km/h. */
    public static final String SPEED_CAR = "commute.speedKmh.car";
    /** Minutes to walk to the stop and wait, added to every public-transport trip. */
    public static final String WAIT_PUBLIC_TRANSPORT = "commute.publicTransport.waitMinutes";
    /** The commute limit of a candidate who gave none, in minutes. */
    public static final String DEFAULT_MAX_COMMUTE = "commute.default.maxMinutes";
    /** The hour night work starts. */
    public static final String NIGHT_START_HOUR = "schedule.night.startHour";
    /** The hour night work ends. */
    public static final String NIGHT_END_HOUR = "schedule.night.endHour";
    /** The CEFR level from which a language other than Dutch counts as a working language. */
    public static final String OTHER_LANGUAGE_MIN = "language.workingLanguage.minLevel";
    /** Months out of paid work after which a candidate likely needs an intensive start. */
    public static final String INTENSIVE_MONTHS = "onboarding.intensive.monthsSinceWork";
    /** The weight of the skill gap in the points. */
    public static final String WEIGHT_SKILL = "gap.weight.skill";
    /** The weight of the search gap in the points. */
    public static final String WEIGHT_SEARCH = "gap.weight.search";
    /** The weight of the organisation gap in the points. */
    public static final String WEIGHT_ORGANISATION = "gap.weight.organisation";

    /** Every key read from Java. */
    public static final List<String> ALL = List.of(DETOUR_FACTOR, SPEED_WALK, SPEED_BIKE, SPEED_PUBLIC_TRANSPORT,
            SPEED_CAR, WAIT_PUBLIC_TRANSPORT, DEFAULT_MAX_COMMUTE, NIGHT_START_HOUR, NIGHT_END_HOUR,
            OTHER_LANGUAGE_MIN, INTENSIVE_MONTHS, WEIGHT_SKILL, WEIGHT_SEARCH, WEIGHT_ORGANISATION);

    /** The keys of {@link #ALL} Java reads as whole numbers; the CEFR level is {@link #OTHER_LANGUAGE_MIN}, the rest numbers. */
    public static final List<String> WHOLE_NUMBERS = List.of(DEFAULT_MAX_COMMUTE, INTENSIVE_MONTHS, NIGHT_START_HOUR,
            NIGHT_END_HOUR);

    /**
     * Keys an older rule set had and this library no longer reads: loading one is an error with a migration
     * hint, so a threshold an analyst still relies on is never silently ignored.
     */
    public static final List<String> RETIRED = List.of("verdict.match.minGapScore", "verdict.support.minGapScore");

    /**
     * Prefix of the development-step durations the redesign advisor reads, such as
     * {@code development.DRIVING_LICENCE.weeks}; optional, a missing one is reported as unknown.
     */
    public static final String DEVELOPMENT_PREFIX = "development.";

    /** Suffix of the per-rule points parameter: {@code MO-02.points}. */
    public static final String POINTS_SUFFIX = ".points";

    private PolicyKeys() {
    }
}
