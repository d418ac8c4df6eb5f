package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threegaps.matcher.result.Finding.Argument.value;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.FunctionalNeed;
import org.threegaps.matcher.model.Hazard;
import org.threegaps.matcher.model.PhysicalLoad;
import org.threegaps.matcher.model.ScheduleControl;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;

/** health.drl: declared needs and safety restrictions against load, hazards and how the work is organised. */
class HealthRulesTest extends RuleTestSupport {
    private static SupportOffer offering(Support... supports) {
        return new SupportOffer(Set.of(supports), Set.of(), 0, null);
    }

    private static org.threegaps.matcher.model.Candidate.Builder needing(FunctionalNeed... needs) {
        return Fixtures.candidate().functionalNeeds(Set.of(needs));
    }

    private static org.threegaps.matcher.model.Job.Builder heavy() {
        return Fixtures.job().physicalLoad(PhysicalLoad.HIGH);
    }

    @Test
    void he01_heavyWarehouseWorkBlocksACandidateWhoCannotLift() {
        var erkan = needing(FunctionalNeed.NO_HEAVY_LIFTING).build(); // 004 L1177-1179
        var finding = fires("HE-01", erkan, heavy().build());
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(finding.gap()).isEqualTo(Gap.SKILL);
        assertThat(finding.levers()).containsExactly(Lever.MEDICALLY_ADAPTED_ZONE, Lever.ERGONOMIC_AIDS, Lever.REASSIGN_TASK);
        assertThat(nl(finding)).isEqualTo("De kandidaat gaf aan: geen zware lasten tillen. De job is fysiek zwaar (belasting hoog) "
                + "en biedt geen aangepaste zone of ergonomische hulpmiddelen.");
        assertThat(en(finding)).startsWith("The candidate declared: ");
    }

    @Test
    void he01_silentWhenTheEmployerOffersErgonomicAids() {
        silent("HE-01", needing(FunctionalNeed.NO_HEAVY_LIFTING).build(), heavy().supports(offering(Support.ERGONOMIC_AIDS)).build());
    }

    @Test
    void he02_anAdaptedZoneBridgesTheBlocker() {
        var finding = fires("HE-02", needing(FunctionalNeed.NO_HEAVY_LIFTING).build(),
                heavy().supports(offering(Support.MEDICALLY_ADAPTED_ZONE)).build());
        assertThat(finding.kind()).isEqualTo(Kind.BRIDGED);
        assertThat(finding.points()).isEqualTo(10);
        assertThat(finding.args()).containsExactly(value("MEDICALLY_ADAPTED_ZONE"));
        assertThat(nl(finding)).isEqualTo("De kandidaat mag geen zware lasten tillen en de job is fysiek zwaar, maar de werkgever "
                + "biedt een aangepaste zone voor medische beperkingen.");
        assertThat(en(finding)).endsWith("but the employer offers an adapted zone for medical restrictions.");
    }

    @Test
    void he02_silentForWorkThatIsNotHeavy() {
        silent("HE-02", needing(FunctionalNeed.NO_HEAVY_LIFTING).build(),
                Fixtures.job().supports(offering(Support.MEDICALLY_ADAPTED_ZONE)).build());
    }

    @Test
    void he03_oneBlockerPerHazardTheCandidateMustAvoid() {
        var restricted = Fixtures.candidate().safetyRestrictions(Set.of(Hazard.WORK_AT_HEIGHT, Hazard.CHEMICALS)).build();
        var job = Fixtures.job().hazards(Set.of(Hazard.WORK_AT_HEIGHT, Hazard.CHEMICALS, Hazard.MOVING_MACHINERY)).build();
        var finding = fires("HE-03", restricted, job);
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(finding.levers()).containsExactly(Lever.REMOVE_TASK, Lever.REASSIGN_TASK);
        var result = match(restricted, job);
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("HE-03"))
                .extracting(f -> nl(f))
                .containsExactlyInAnyOrder("De job houdt werken op hoogte in; de kandidaat mag dat om veiligheidsredenen niet doen.",
                        "De job houdt chemische producten in; de kandidaat mag dat om veiligheidsredenen niet doen.");
        assertThat(en(finding)).endsWith("; the candidate must not do that for safety reasons.");
    }

    @Test
    void he03_silentForHazardsTheCandidateIsNotRestrictedFrom() {
        var restricted = Fixtures.candidate().safetyRestrictions(Set.of(Hazard.WORK_AT_HEIGHT)).build();
        silent("HE-03", restricted, Fixtures.job().hazards(Set.of(Hazard.CHEMICALS)).build());
    }

    @Test
    void he04_fluctuatingCapacityOnFixedHoursWithoutRoomForBadDays() {
        var finding = fires("HE-04", needing(FunctionalNeed.FLUCTUATING_CAPACITY).build(), Fixtures.job().build());
        assertThat(finding.gap()).isEqualTo(Gap.ORGANISATION);
        assertThat(finding.points()).isEqualTo(10);
        assertThat(finding.levers()).containsExactly(Lever.FLEXIBLE_ABSENCE, Lever.SCHEDULE_CONTROL, Lever.PART_TIME);
        assertThat(nl(finding)).startsWith("De belastbaarheid van de kandidaat wisselt van dag tot dag;");
        assertThat(en(finding)).startsWith("The candidate's capacity varies from day to day;");
    }

    @Test
    void he04_silentWhenTheEmployerAllowsFlexibleAbsence() {
        silent("HE-04", needing(FunctionalNeed.FLUCTUATING_CAPACITY).build(),
                Fixtures.job().supports(offering(Support.FLEXIBLE_ABSENCE)).build());
    }

    @Test
    void he05_flexibleAbsenceIsABonusForFluctuatingCapacity() {
        var finding = fires("HE-05", needing(FunctionalNeed.FLUCTUATING_CAPACITY).build(),
                Fixtures.job().supports(offering(Support.FLEXIBLE_ABSENCE)).build());
        assertThat(finding.kind()).isEqualTo(Kind.BONUS);
        assertThat(finding.points()).isEqualTo(5);
        assertThat(nl(finding)).isEqualTo("De belastbaarheid van de kandidaat wisselt en de job beweegt mee: flexibel afwezig kunnen zijn op korte termijn.");
        assertThat(en(finding)).isEqualTo("The candidate's capacity varies and the job moves with it: flexible absence at short notice.");
    }

    @Test
    void he05_hoursTheWorkerSetsAreNamed() {
        var finding = fires("HE-05", needing(FunctionalNeed.FLUCTUATING_CAPACITY).build(),
                Fixtures.job().scheduleControl(ScheduleControl.EMPLOYEE_CONTROLLED).build());
        assertThat(nl(finding)).endsWith("de werknemer kiest de uren.");
    }

    @Test
    void he05_silentForNegotiableFullTimeHours() {
        var joyce = needing(FunctionalNeed.FLUCTUATING_CAPACITY).build();
        silent("HE-05", joyce, Fixtures.job().scheduleControl(ScheduleControl.NEGOTIABLE).build());
        silent("HE-04", joyce, Fixtures.job().scheduleControl(ScheduleControl.NEGOTIABLE).build());
    }

    @Test
    void he06_heavyWorkForACandidateWhoNeedsRestBreaks() {
        var finding = fires("HE-06", needing(FunctionalNeed.NEEDS_REST_BREAKS).build(), heavy().build());
        assertThat(finding.points()).isEqualTo(10);
        assertThat(finding.args()).containsExactly(value("NEEDS_REST_BREAKS"));
        assertThat(nl(finding)).isEqualTo("De kandidaat gaf aan: nood aan rustpauzes. De job is fysiek zwaar, zonder ergonomische "
                + "hulpmiddelen of aangepaste zone.");
        assertThat(en(finding)).startsWith("The candidate declared: ");
        silent("HE-01", needing(FunctionalNeed.NEEDS_REST_BREAKS).build(), heavy().build());
    }

    @Test
    void he06_silentWithErgonomicAids() {
        silent("HE-06", needing(FunctionalNeed.NO_PROLONGED_STANDING).build(), heavy().supports(offering(Support.ERGONOMIC_AIDS)).build());
    }

    @Test
    void he07_aBuddyGivesStructureToACandidateWhoNeedsIt() {
        var niels = needing(FunctionalNeed.NEEDS_STRUCTURE_AND_PREDICTABILITY).build(); // 004 L1455-1457
        var finding = fires("HE-07", niels, Fixtures.job().supports(offering(Support.BUDDY)).build());
        assertThat(finding.points()).isEqualTo(5);
        assertThat(nl(finding)).isEqualTo("De kandidaat heeft nood aan structuur en voorspelbaarheid; de werkgever voorziet een peter of meter (buddy).");
        assertThat(en(finding)).isEqualTo("The candidate needs structure and predictability; the employer provides a buddy.");
    }

    @Test
    void he07_silentWithoutABuddyOrContactPerson() {
        silent("HE-07", needing(FunctionalNeed.NEEDS_STRUCTURE_AND_PREDICTABILITY).build(),
                Fixtures.job().supports(offering(Support.FIRST_DAY_INFO)).build());
    }
}
