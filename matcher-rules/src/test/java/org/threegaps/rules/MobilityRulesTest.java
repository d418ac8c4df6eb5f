package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.Frequency;
import org.threegaps.matcher.model.FunctionalNeed;
import org.threegaps.matcher.model.Importance;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.Requirement;
import org.threegaps.matcher.model.RequirementCategory;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.Task;
import org.threegaps.matcher.model.TaskTiming;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;

class MobilityRulesTest extends RuleTestSupport {
    // Genk Zuid industrial zone, about 12 km from the centre of Genk and not served by buses
    private static final Location INDUSTRIAL_ZONE = Location.at(50.93, 5.63);

    @Test
    void mo01_industrialZoneWithoutBusIsOutOfReachByBike() {
        var walker = Fixtures.candidate().transportModes(EnumSet.of(TransportMode.WALK)).maxCommuteMinutes(30).build();
        var zone = Fixtures.job().location(INDUSTRIAL_ZONE).publicTransportReachable(false).build();
        var finding = fires("MO-01", walker, zone);
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(finding.levers()).contains(Lever.TRANSPORT_ARRANGEMENT);
        assertThat(nl(finding)).startsWith("De werkplek is niet bereikbaar:").contains("te voet").contains("maximum 30 min");
    }

    @Test
    void mo09_onlyPublicTransportToAJobNotServedByItNamesTheDistanceNotMinutes() {
        var busOnly = Fixtures.candidate().transportModes(EnumSet.of(TransportMode.PUBLIC_TRANSPORT)).maxCommuteMinutes(45).build();
        var zone = Fixtures.job().location(INDUSTRIAL_ZONE).publicTransportReachable(false).build();
        var finding = fires("MO-09", busOnly, zone);
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(finding.levers()).contains(Lever.TRANSPORT_ARRANGEMENT);
        assertThat(en(finding)).startsWith("None of the candidate's own ways of travelling reaches the workplace (")
                .contains(" km away").doesNotContain("-1").doesNotContain("null");
        silent("MO-01", busOnly, zone);
    }

    @Test
    void mo09_silentWhenTheEmployerArrangesTransportOrTheBusServesTheJob() {
        var busOnly = Fixtures.candidate().transportModes(EnumSet.of(TransportMode.PUBLIC_TRANSPORT)).maxCommuteMinutes(45).build();
        var zone = Fixtures.job().location(INDUSTRIAL_ZONE).publicTransportReachable(false)
                .supports(new SupportOffer(Set.of(Support.TRANSPORT_ARRANGEMENT), Set.of(), 0, null)).build();
        silent("MO-09", busOnly, zone);
        silent("MO-09", busOnly, zone.toBuilder().supports(SupportOffer.NONE).publicTransportReachable(true).build());
    }

    @Test
    void mo01_silentWhenTheEmployerArrangesTransport() {
        var walker = Fixtures.candidate().transportModes(EnumSet.of(TransportMode.WALK)).maxCommuteMinutes(30).build();
        var zone = Fixtures.job().location(INDUSTRIAL_ZONE).publicTransportReachable(false)
                .supports(new SupportOffer(Set.of(Support.TRANSPORT_ARRANGEMENT), Set.of(), 0, null)).build();
        silent("MO-01", walker, zone);
        silent("MO-02", walker, zone);
    }

    @Test
    void mo02_busTripOverTheLimitNamesMinutesModeAndLimit() {
        var busOnly = Fixtures.candidate().transportModes(EnumSet.of(TransportMode.PUBLIC_TRANSPORT)).maxCommuteMinutes(45).build();
        var hasselt = Fixtures.job().location(Location.postcode("3500")).build(); // Genk -> Hasselt by bus
        var finding = fires("MO-02", busOnly, hasselt);
        assertThat(finding.points()).isEqualTo(15);
        assertThat(nl(finding)).matches("Woon-werk \\d+ min met het openbaar vervoer, maximum 45\\.");
        assertThat(en(finding)).matches("Commute \\d+ min by public transport, maximum 45\\.");
    }

    @Test
    void mo02_silentWithinTheLimit() {
        silent("MO-02", Fixtures.candidate().build(), Fixtures.job().build());
    }

    @Test
    void mo03_shortBikeRideIsAStrength() {
        var finding = fires("MO-03", Fixtures.candidate().build(), Fixtures.job().build());
        assertThat(finding.kind()).isEqualTo(Kind.BONUS);
        assertThat(nl(finding)).contains("met de fiets");
    }

    @Test
    void mo03_silentForALongerTrip() {
        var busOnly = Fixtures.candidate().transportModes(EnumSet.of(TransportMode.PUBLIC_TRANSPORT)).build();
        silent("MO-03", busOnly, Fixtures.job().location(Location.postcode("3500")).build());
    }

    @Test
    void mo04_unknownHomeIsInformationNotAPenalty() {
        var noHome = Fixtures.candidate().home(null).build();
        var finding = fires("MO-04", noHome, Fixtures.job().build());
        assertThat(finding.kind()).isEqualTo(Kind.INFORMATION);
        assertThat(nl(finding)).isEqualTo("Reistijd onbekend: woonplaats van de kandidaat ontbreekt.");
        silent("MO-01", noHome, Fixtures.job().build());
        silent("MO-02", noHome, Fixtures.job().build());
    }

    @Test
    void mo04_silentWhenBothLocationsAreKnown() {
        silent("MO-04", Fixtures.candidate().build(), Fixtures.job().build());
    }

    @Test
    void mo05_defaultLimitIsFlagged() {
        var finding = fires("MO-05", Fixtures.candidate().maxCommuteMinutes(null).build(), Fixtures.job().build());
        assertThat(nl(finding)).contains("45 min");
    }

    @Test
    void mo05_silentWhenTheCandidateGaveALimit() {
        silent("MO-05", Fixtures.candidate().build(), Fixtures.job().build());
    }

    @Test
    void mo06_inaccessibleWorkplaceBlocksAWheelchairUser() {
        var wheelchair = Fixtures.candidate().functionalNeeds(Set.of(FunctionalNeed.WHEELCHAIR_USER)).build();
        var finding = fires("MO-06", wheelchair, Fixtures.job().wheelchairAccessible(false).build());
        assertThat(finding.levers()).containsExactly(Lever.WORKPLACE_ACCESS);
    }

    @Test
    void mo06_silentWhenAccessibilityIsUnknownOrGiven() {
        var wheelchair = Fixtures.candidate().functionalNeeds(Set.of(FunctionalNeed.WHEELCHAIR_USER)).build();
        silent("MO-06", wheelchair, Fixtures.job().wheelchairAccessible(null).build());
        silent("MO-06", wheelchair, Fixtures.job().build());
    }

    private static Task drivingTask(int graceMonths) {
        return new Task("deliveries", "deliveries by van", Importance.HIGH, Frequency.WEEKLY, TaskTiming.FROM_START,
                false, true, null, List.of(new Requirement("driving-licence-b", RequirementCategory.DRIVING_LICENCE,
                0, true, false, 0, false, graceMonths)));
    }

    @Test
    void mo07_licenceWithGracePeriodIsASmallPenalty() {
        var noLicence = Fixtures.candidate().drivingLicence(false).build();
        var finding = fires("MO-07", noLicence, Fixtures.job().task(drivingTask(6)).build());
        assertThat(nl(finding)).contains("6 maanden");
        silent("MO-08", noLicence, Fixtures.job().task(drivingTask(6)).build());
    }

    @Test
    void mo07_silentWhenTheCandidateHasALicence() {
        silent("MO-07", Fixtures.candidate().build(), Fixtures.job().task(drivingTask(6)).build());
    }

    @Test
    void mo08_licenceFromTheStartBlocksAndNamesTheTask() {
        var noLicence = Fixtures.candidate().drivingLicence(false).build();
        var finding = fires("MO-08", noLicence, Fixtures.job().task(drivingTask(0)).build());
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(nl(finding)).contains("'deliveries by van'");
    }

    @Test
    void mo08_silentWhenTheLicenceIsUnknown() {
        silent("MO-08", Fixtures.candidate().drivingLicence(null).build(), Fixtures.job().task(drivingTask(0)).build());
    }
}
