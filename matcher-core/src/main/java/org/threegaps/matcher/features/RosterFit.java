package org.threegaps.matcher.features;

/**
 * How one roster of the job sits against the candidate's week. All minutes are per week. The policy words
 * ({@code careConflictOnMostDays}, {@code much…}) are the parameters' thresholds applied once, so the rules that
 * block and those that charge read the same word.
 *
 * <p>In a rule session each roster the pair could be worked on is a fact of its own, naming its pair: rules read a
 * roster as {@code $s : RosterFit( $p : pair, … )}, the engine keeps apart what they find on each roster and keeps
 * the roster that scores best. Which rosters those are: {@link #worthTrying}.
 *
 * @param rosterId                  the roster
 * @param weeklyHours               scheduled hours
 * @param availabilityKnown         false when the candidate's availability was not filled in
 * @param minutesOutsideAvailability scheduled minutes outside the candidate's availability
 * @param nightMinutes              scheduled minutes in the night window of the policy
 * @param weekendMinutes            scheduled minutes on Saturday and Sunday
 * @param careConflictMinutes       scheduled minutes overlapping the candidate's care windows
 * @param careConflictDays          days with such an overlap
 * @param firstCareConflictDay      the day of the first overlapping shift, or null when none
 * @param firstCareConflict         the first overlapping shift's hours, e.g. "06:00-14:00", or "" when none
 * @param earliestStart             the earliest shift start, "HH:mm"
 * @param latestEnd                 the latest shift end, "HH:mm"
 * @param otherMinutesOutsideAvailability scheduled minutes outside the candidate's availability that are
 *                                  neither care-window minutes nor night or weekend minutes the candidate
 *                                  refuses: what the availability rules add to the care, night and weekend
 *                                  rules without counting the same minutes twice
 * @param careConflictWith          the care the roster clashes with, as a finding names it: the candidate's first
 *                                  care duty ({@code CareDuty}), or {@link Term#CARE_WINDOWS} when they named none;
 *                                  null when the roster does not clash with care
 * @param careConflictOnMostDays    true when the roster clashes with care on at least {@code
 *                                  care.conflict.blocker.minDays} days and for at least {@code
 *                                  care.conflict.blocker.minMinutes} minutes a week: too much to work around
 * @param muchNightWork             true when the roster has at least {@code night.blocker.minMinutes} night minutes
 * @param muchWeekendWork           true when the roster has at least {@code availability.large.minMinutes} weekend
 *                                  minutes
 * @param muchOutsideAvailability   true when {@code otherMinutesOutsideAvailability} is at least {@code
 *                                  availability.large.minMinutes}
 * @param pair                      the pair whose rule session holds this fit as a fact, which rules bind or join on:
 *                                  {@code RosterFit( $p : pair, … )}; null in the derived features, outside a session
 */
public record RosterFit(String rosterId, double weeklyHours, boolean availabilityKnown,
                        int minutesOutsideAvailability, int nightMinutes, int weekendMinutes,
                        int careConflictMinutes, int careConflictDays, java.time.DayOfWeek firstCareConflictDay,
                        String firstCareConflict,
                        String earliestStart, String latestEnd, int otherMinutesOutsideAvailability,
                        Enum<?> careConflictWith, boolean careConflictOnMostDays, boolean muchNightWork,
                        boolean muchWeekendWork, boolean muchOutsideAvailability, Pair pair) {
    /**
     * A fit as derived, not yet a fact of a pair's session.
     *
     * @param rosterId                        the roster
     * @param weeklyHours                     scheduled hours
     * @param availabilityKnown               false when the candidate's availability was not filled in
     * @param minutesOutsideAvailability      scheduled minutes outside the candidate's availability
     * @param nightMinutes                    scheduled minutes in the night window
     * @param weekendMinutes                  scheduled minutes on Saturday and Sunday
     * @param careConflictMinutes             scheduled minutes overlapping the candidate's care windows
     * @param careConflictDays                days with such an overlap
     * @param firstCareConflictDay            the day of the first overlapping shift, or null
     * @param firstCareConflict               the first overlapping shift's hours, or ""
     * @param earliestStart                   the earliest shift start
     * @param latestEnd                       the latest shift end
     * @param otherMinutesOutsideAvailability minutes outside the availability not counted by the care, night and
     *                                        weekend rules
     * @param careConflictWith                the care the roster clashes with, or null
     * @param careConflictOnMostDays          true when the clash with care is too much to work around
     * @param muchNightWork                   true when the roster has much night work
     * @param muchWeekendWork                 true when the roster has much weekend work
     * @param muchOutsideAvailability         true when much of the roster lies outside the availability
     */
    public RosterFit(String rosterId, double weeklyHours, boolean availabilityKnown,
                     int minutesOutsideAvailability, int nightMinutes, int weekendMinutes,
                     int careConflictMinutes, int careConflictDays, java.time.DayOfWeek firstCareConflictDay,
                     String firstCareConflict, String earliestStart, String latestEnd,
                     int otherMinutesOutsideAvailability, Enum<?> careConflictWith, boolean careConflictOnMostDays,
                     boolean muchNightWork, boolean muchWeekendWork, boolean muchOutsideAvailability) {
        this(rosterId, weeklyHours, availabilityKnown, minutesOutsideAvailability, nightMinutes, weekendMinutes,
                careConflictMinutes, careConflictDays, firstCareConflictDay, firstCareConflict, earliestStart, latestEnd,
                otherMinutesOutsideAvailability, careConflictWith, careConflictOnMostDays, muchNightWork, muchWeekendWork,
                muchOutsideAvailability, null);
    }

    /** This fit as a fact of {@code owner}'s session. */
    RosterFit of(Pair owner) {
        return new RosterFit(rosterId, weeklyHours, availabilityKnown, minutesOutsideAvailability, nightMinutes,
                weekendMinutes, careConflictMinutes, careConflictDays, firstCareConflictDay, firstCareConflict,
                earliestStart, latestEnd, otherMinutesOutsideAvailability, careConflictWith, careConflictOnMostDays,
                muchNightWork, muchWeekendWork, muchOutsideAvailability, owner);
    }

    /**
     * The rosters the rules are run on for a pair: the one its features guess the candidate would work (the fewest
     * clashing minutes), then, in id order, each other roster that is better on at least one kind of minute, since
     * minutes of different kinds cost different points. A roster at least as clashing in every kind of minute as the
     * guess cannot score better, so it is left out.
     *
     * @param features a pair's features
     * @return the guess first, then the others that could do better by id; empty when the job states no roster
     */
    public static java.util.List<RosterFit> worthTrying(PairFeatures features) {
        RosterFit guess = features.bestRoster();
        if (guess == null) {
            return java.util.List.of();
        }
        if (features.rosters().size() == 1) {
            return java.util.List.of(guess);
        }
        java.util.List<RosterFit> others = new java.util.ArrayList<>(features.rosters().size());
        for (RosterFit roster : features.rosters()) {
            if (roster != guess && !noBetterThan(roster, guess)) {
                others.add(roster);
            }
        }
        if (others.isEmpty()) {
            return java.util.List.of(guess);
        }
        others.sort(java.util.Comparator.comparing(RosterFit::rosterId));
        others.add(0, guess);
        return others;
    }

    /**
     * @param roster a roster's fit
     * @param other  another roster's fit for the same pair
     * @return true when {@code roster} has at least as many minutes of every kind of clash as {@code other}
     *         (care, night, weekend, outside availability): the rules cannot score it better
     */
    public static boolean noBetterThan(RosterFit roster, RosterFit other) {
        return roster.careConflictMinutes >= other.careConflictMinutes
                && roster.careConflictDays >= other.careConflictDays
                && roster.nightMinutes >= other.nightMinutes
                && roster.weekendMinutes >= other.weekendMinutes
                && roster.minutesOutsideAvailability >= other.minutesOutsideAvailability
                && roster.otherMinutesOutsideAvailability >= other.otherMinutesOutsideAvailability;
    }
}
