package org.threegaps.matcher.features;

import java.util.OptionalInt;
import org.threegaps.matcher.geo.GeoPoint;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.policy.Policy;
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

    /** Reads speeds, detour factor and waiting time from {@code policy}. */
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
}
