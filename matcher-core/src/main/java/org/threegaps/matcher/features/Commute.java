package org.threegaps.matcher.features;

import java.util.Map;
import org.threegaps.matcher.model.TransportMode;

/**
 * The commute of one pair.
 *
 * @param known          false when either location is unknown
 * @param minutesByMode  one-way minutes for each mode the candidate can use for this job
 * @param bestMode       the fastest usable mode, or null when none can make the trip
 * @param bestMinutes    minutes with the best mode; -1 when unknown or impossible
 * @param limitMinutes   the candidate's own maximum, or the policy default
 * @param limitIsDefault true when the candidate gave no maximum
 * @param carMinutes     minutes by car whether or not the candidate has one; -1 when unknown
 * @param km             great-circle distance in km; -1 when unknown
 * @param modesKnown     false when the candidate's transport modes were not filled in
 * @param missing        the location that is missing, the candidate's home first; null when both are known
 * @param outOfReach     true when some usable mode makes the trip, but the fastest takes more than the policy's
 *                       multiple of the limit ({@code commute.unreachable.factor}): the one definition of "out of
 *                       reach" that the rules, the screen and the batch's reach check all read
 */
public record Commute(boolean known, Map<TransportMode, Integer> minutesByMode, TransportMode bestMode,
                      int bestMinutes, int limitMinutes, boolean limitIsDefault, int carMinutes, double km,
                      boolean modesKnown, InputField missing, boolean outOfReach) {
    /**
     * A commute without the policy's reach: {@code outOfReach} is false. For tests and callers that build
     * features by hand; the matcher's {@link FeatureDeriver} sets it from the policy.
     *
     * @param known          false when either location is unknown
     * @param minutesByMode  one-way minutes for each mode the candidate can use for this job
     * @param bestMode       the fastest usable mode, or null when none can make the trip
     * @param bestMinutes    minutes with the best mode; -1 when unknown or impossible
     * @param limitMinutes   the candidate's own maximum, or the policy default
     * @param limitIsDefault true when the candidate gave no maximum
     * @param carMinutes     minutes by car whether or not the candidate has one; -1 when unknown
     * @param km             great-circle distance in km; -1 when unknown
     * @param modesKnown     false when the candidate's transport modes were not filled in
     * @param missing        the location that is missing, the candidate's home first; null when both are known
     */
    public Commute(boolean known, Map<TransportMode, Integer> minutesByMode, TransportMode bestMode, int bestMinutes,
                   int limitMinutes, boolean limitIsDefault, int carMinutes, double km, boolean modesKnown,
                   InputField missing) {
        this(known, minutesByMode, bestMode, bestMinutes, limitMinutes, limitIsDefault, carMinutes, km, modesKnown,
                missing, false);
    }

    /** @return true when the trip is known and some usable mode makes it */
    public boolean reachable() {
        return known && bestMode != null;
    }

    /** @return minutes over the limit with the best mode, 0 when within it or unknown */
    public int minutesOverLimit() {
        return reachable() ? Math.max(0, bestMinutes - limitMinutes) : 0;
    }
}
