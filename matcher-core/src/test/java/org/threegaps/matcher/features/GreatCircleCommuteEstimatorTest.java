package org.threegaps.matcher.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threegaps.matcher.support.TestRules;
import org.threegaps.matcher.model.GeoPoint;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.features.Policy;

class GreatCircleCommuteEstimatorTest {
    private static final Policy POLICY = Policy.parse("policy.properties", TestRules.source().text("policy.properties"));
    private static final GreatCircleCommuteEstimator ESTIMATOR = new GreatCircleCommuteEstimator(POLICY);
    private static final GeoPoint HASSELT = new GeoPoint(50.93, 5.33);

    @Test
    void beyondTheReachEveryModeTakesLongerThanTheMinutes() {
        for (TransportMode mode : TransportMode.values()) {
            for (int minutes = 0; minutes <= 240; minutes++) {
                double reach = ESTIMATOR.reachKm(mode, minutes);
                assertThat(ESTIMATOR.minutes(HASSELT, north(reach + 0.01), mode).getAsInt())
                        .as("%s %d min, %.2f km", mode, minutes, reach)
                        .isGreaterThan(minutes);
            }
        }
    }

    @Test
    void justInsideTheReachAModeStillMakesItInTheMinutes() {
        for (TransportMode mode : TransportMode.values()) {
            for (int minutes = 20; minutes <= 240; minutes++) {
                double reach = ESTIMATOR.reachKm(mode, minutes);
                assertThat(ESTIMATOR.minutes(HASSELT, north(reach - 0.05), mode).getAsInt())
                        .as("%s %d min, %.2f km", mode, minutes, reach)
                        .isLessThanOrEqualTo(minutes);
            }
        }
    }

    @Test
    void publicTransportReachesNothingWhenTheWaitAloneIsLonger() {
        assertThat(ESTIMATOR.reachKm(TransportMode.PUBLIC_TRANSPORT, 10)).isZero();
    }

    // due north: the great-circle distance is the latitude difference on a sphere of the estimator's radius
    private static GeoPoint north(double km) {
        return new GeoPoint(HASSELT.latitude() + km / (6371.0088 * Math.PI / 180), HASSELT.longitude());
    }
}
