package org.threegaps.matcher.features;

import java.util.OptionalInt;
import org.threegaps.matcher.model.GeoPoint;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.features.Policy;
import org.threegaps.matcher.policy.PolicyKeys;

/**
 * Great-circle distance × detour factor ÷ mode speed, plus waiting time for public transport; all
 * figures come from the policy parameters.
 */
public final class GreatCircleCommuteEstimator implements CommuteEstimator {
    private final double detour;
    private final double walk;
    private final double bike;
    private final double publicTransport;
    private final double car;
    private final double wait;

    /**
     * Reads speeds, detour factor and waiting time from {@code policy}.
     *
     * @param policy the policy parameters
     */
    public GreatCircleCommuteEstimator(Policy policy) {
        detour = policy.number(PolicyKeys.DETOUR_FACTOR);
        walk = policy.number(PolicyKeys.SPEED_WALK);
        bike = policy.number(PolicyKeys.SPEED_BIKE);
        publicTransport = policy.number(PolicyKeys.SPEED_PUBLIC_TRANSPORT);
        car = policy.number(PolicyKeys.SPEED_CAR);
        wait = policy.number(PolicyKeys.WAIT_PUBLIC_TRANSPORT);
    }

    @Override
    public OptionalInt minutes(GeoPoint home, GeoPoint work, TransportMode mode) {
        double km = home.distanceKm(work) * detour;
        double minutes = switch (mode) {
            case WALK -> km / walk * 60;
            case BIKE -> km / bike * 60;
            case PUBLIC_TRANSPORT -> km / publicTransport * 60 + wait;
            case CAR -> km / car * 60;
        };
        return OptionalInt.of((int) Math.round(minutes));
    }

    /**
     * The inverse of {@link #minutes}: beyond this great-circle distance, {@code mode} takes more than
     * {@code minutes} (whole minutes, after rounding). For finding the pairs that are certainly out of
     * reach without estimating every trip.
     *
     * @param mode the transport mode
     * @param minutes travel minutes one way
     * @return the farthest distance in km that {@code mode} may still cover in {@code minutes}; 0 when even
     *         the waiting time is longer
     */
    public double reachKm(TransportMode mode, int minutes) {
        // minutes() rounds half up, so any trip estimated below minutes + 0.5 still counts as `minutes`
        double travel = minutes + 0.5 - (mode == TransportMode.PUBLIC_TRANSPORT ? wait : 0);
        double speed = switch (mode) {
            case WALK -> walk;
            case BIKE -> bike;
            case PUBLIC_TRANSPORT -> publicTransport;
            case CAR -> car;
        };
        return Math.max(0, travel) / 60 * speed / detour;
    }
}
