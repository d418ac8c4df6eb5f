package org.threegaps.matcher.features;

/**
 * Weekly hours: what the candidate can work against what the job asks.
 *
 * @param known          false when the candidate's maximum is not filled in
 * @param candidateMax   the candidate's maximum hours per week (0 when unknown)
 * @param jobMin         the job's minimum hours per week
 * @param jobMax         the job's maximum hours per week
 * @param shortfallHours hours the candidate is below the job's minimum; 0 when within or unknown
 * @param largeShortfall true when the shortfall is at least {@code hours.blocker.minShortfall} hours: about a
 *                       working day, more than fewer hours by agreement can usually close
 */
public record HoursFit(boolean known, int candidateMax, int jobMin, int jobMax, int shortfallHours,
                       boolean largeShortfall) {
}
