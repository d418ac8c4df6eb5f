package org.threegaps.matcher.policy;

import java.util.List;
import java.util.Map;

/**
 * The parameters Java code reads, beside those the rules read. The rule-set lint uses this list to tell
 * an unused parameter from one the feature derivation or scoring needs. The feature derivation turns some of
 * them into policy words a rule reads instead of comparing with the threshold itself, such as {@code
 * schedule.careConflictOnMostDays}, so a rule that blocks and its counterpart that charges read the same word.
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
    /** Beyond this multiple of the candidate's commute limit the workplace is out of reach ({@code Commute.outOfReach}). */
    public static final String UNREACHABLE_FACTOR = "commute.unreachable.factor";
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
    /** With {@link #CARE_CONFLICT_MIN_MINUTES}: a care conflict "on most days" ({@code RosterFit.careConflictOnMostDays}). */
    public static final String CARE_CONFLICT_MIN_DAYS = "care.conflict.blocker.minDays";
    /** With {@link #CARE_CONFLICT_MIN_DAYS}: the weekly minutes of a care conflict "on most days". */
    public static final String CARE_CONFLICT_MIN_MINUTES = "care.conflict.blocker.minMinutes";
    /** "Much" night work ({@code RosterFit.muchNightWork}). */
    public static final String NIGHT_MIN_MINUTES = "night.blocker.minMinutes";
    /** "Much" weekend work or work outside the availability ({@code RosterFit.muchWeekendWork}, {@code muchOutsideAvailability}). */
    public static final String LARGE_MIN_MINUTES = "availability.large.minMinutes";
    /** A "large" shortfall of weekly hours ({@code HoursFit.largeShortfall}). */
    public static final String HOURS_MIN_SHORTFALL = "hours.blocker.minShortfall";
    /** The most weeks of training on the job for a requirement to count as quickly trainable ({@code RequirementFit.quicklyTrainable}). */
    public static final String TRAINING_MAX_WEEKS = "trainability.onJob.maxWeeks";
    /** The weight of the skill gap in the points. */
    public static final String WEIGHT_SKILL = "gap.weight.skill";
    /** The weight of the search gap in the points. */
    public static final String WEIGHT_SEARCH = "gap.weight.search";
    /** The weight of the organisation gap in the points. */
    public static final String WEIGHT_ORGANISATION = "gap.weight.organisation";

    /** Every key read from Java. */
    public static final List<String> ALL = List.of(DETOUR_FACTOR, SPEED_WALK, SPEED_BIKE, SPEED_PUBLIC_TRANSPORT,
            SPEED_CAR, WAIT_PUBLIC_TRANSPORT, UNREACHABLE_FACTOR, DEFAULT_MAX_COMMUTE, NIGHT_START_HOUR, NIGHT_END_HOUR,
            OTHER_LANGUAGE_MIN, INTENSIVE_MONTHS, CARE_CONFLICT_MIN_DAYS, CARE_CONFLICT_MIN_MINUTES, NIGHT_MIN_MINUTES,
            LARGE_MIN_MINUTES, HOURS_MIN_SHORTFALL, TRAINING_MAX_WEEKS, WEIGHT_SKILL, WEIGHT_SEARCH, WEIGHT_ORGANISATION);

    /**
     * The policy words the feature derivation computes from parameters, each with the parameters it applies, such
     * as {@code careConflictOnMostDays} ({@code RosterFit}) from the minimum days and minutes of a care conflict. A
     * rule whose conditions read a word reads its parameters too: the rule catalogue lists them with the rule.
     */
    public static final Map<String, List<String>> WORDS = Map.of(
            "careConflictOnMostDays", List.of(CARE_CONFLICT_MIN_DAYS, CARE_CONFLICT_MIN_MINUTES),
            "muchNightWork", List.of(NIGHT_MIN_MINUTES),
            "muchWeekendWork", List.of(LARGE_MIN_MINUTES),
            "muchOutsideAvailability", List.of(LARGE_MIN_MINUTES),
            "largeShortfall", List.of(HOURS_MIN_SHORTFALL),
            "quicklyTrainable", List.of(TRAINING_MAX_WEEKS),
            "outOfReach", List.of(UNREACHABLE_FACTOR));

    /** The keys of {@link #ALL} Java reads as whole numbers; the CEFR level is {@link #OTHER_LANGUAGE_MIN}, the rest numbers. */
    public static final List<String> WHOLE_NUMBERS = List.of(DEFAULT_MAX_COMMUTE, INTENSIVE_MONTHS, NIGHT_START_HOUR,
            NIGHT_END_HOUR, CARE_CONFLICT_MIN_DAYS, CARE_CONFLICT_MIN_MINUTES, NIGHT_MIN_MINUTES, LARGE_MIN_MINUTES,
            HOURS_MIN_SHORTFALL, TRAINING_MAX_WEEKS);

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
