package org.threegaps.matcher.features;

import java.util.OptionalInt;
import org.threegaps.matcher.model.GeoPoint;
import org.threegaps.matcher.model.TransportMode;

/**
 * Estimates one-way travel time. The default is {@link GreatCircleCommuteEstimator}; a host with real
 * routing (a journey planner, OpenTripPlanner) plugs its own in through the matcher builder.
 */
@FunctionalInterface
public interface CommuteEstimator {
    /**
     * @param home where the candidate lives
     * @param work where the work is
     * @param mode the transport mode
     * @return one-way minutes from {@code home} to {@code work} with {@code mode}, or empty when the mode
     *         cannot make that trip at all
     */
    OptionalInt minutes(GeoPoint home, GeoPoint work, TransportMode mode);
}
