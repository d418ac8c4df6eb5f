package org.threegaps.matcher.features;

/**
 * How one roster of the job sits against the candidate's week. All minutes are per week. The policy words
 * ({@code careConflictOnMostDays}, {@code much…}) are the parameters' thresholds applied once, so the rules that
 * block and those that charge read the same word.
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
 */
public record RosterFit(String rosterId, double weeklyHours, boolean availabilityKnown,
                        int minutesOutsideAvailability, int nightMinutes, int weekendMinutes,
                        int careConflictMinutes, int careConflictDays, java.time.DayOfWeek firstCareConflictDay,
                        String firstCareConflict,
                        String earliestStart, String latestEnd, int otherMinutesOutsideAvailability,
                        Enum<?> careConflictWith, boolean careConflictOnMostDays, boolean muchNightWork,
                        boolean muchWeekendWork, boolean muchOutsideAvailability) {
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
