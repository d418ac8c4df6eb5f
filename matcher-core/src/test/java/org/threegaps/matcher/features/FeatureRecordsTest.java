package org.threegaps.matcher.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.Frequency;
import org.threegaps.matcher.model.Importance;
import org.threegaps.matcher.model.Recognition;
import org.threegaps.matcher.model.Requirement;
import org.threegaps.matcher.model.TaskTiming;
import org.threegaps.matcher.model.TransportMode;

/** What the rules read from the derived features besides the plain components, at its exact bounds. */
class FeatureRecordsTest {
    private static RosterFit roster(int care, int careDays, int night, int weekend, int outside, int otherOutside) {
        return new RosterFit("r", 38, true, outside, night, weekend, care, careDays, null, "", "08:00", "16:00", otherOutside,
                null, false, false, false, false);
    }

    @Test
    void aRosterIsNoBetterThanAnotherWithAtMostAsManyMinutesOfEveryClash() {
        RosterFit base = roster(60, 1, 120, 180, 240, 90);

        assertThat(RosterFit.noBetterThan(base, base)).isTrue();
        assertThat(RosterFit.noBetterThan(roster(61, 2, 121, 181, 241, 91), base)).isTrue();
        assertThat(RosterFit.noBetterThan(roster(59, 1, 120, 180, 240, 90), base)).isFalse();
        assertThat(RosterFit.noBetterThan(roster(60, 0, 120, 180, 240, 90), base)).isFalse();
        assertThat(RosterFit.noBetterThan(roster(60, 1, 119, 180, 240, 90), base)).isFalse();
        assertThat(RosterFit.noBetterThan(roster(60, 1, 120, 179, 240, 90), base)).isFalse();
        assertThat(RosterFit.noBetterThan(roster(60, 1, 120, 180, 239, 90), base)).isFalse();
        assertThat(RosterFit.noBetterThan(roster(60, 1, 120, 180, 240, 89), base)).isFalse();
    }

    private static Commute commute(boolean known, TransportMode best, int minutes, int limit) {
        return new Commute(known, Map.of(), best, minutes, limit, false, -1, -1, true, null);
    }

    @Test
    void aCommuteIsReachableWhenKnownAndSomeModeMakesIt() {
        assertThat(commute(true, TransportMode.BIKE, 30, 45).reachable()).isTrue();
        assertThat(commute(true, null, -1, 45).reachable()).isFalse();
        assertThat(commute(false, null, -1, 45).reachable()).isFalse();
    }

    @Test
    void minutesOverTheLimitCountOnlyPastIt() {
        assertThat(commute(true, TransportMode.BIKE, 46, 45).minutesOverLimit()).isEqualTo(1);
        assertThat(commute(true, TransportMode.BIKE, 45, 45).minutesOverLimit()).isZero();
        assertThat(commute(true, TransportMode.BIKE, 30, 45).minutesOverLimit()).isZero();
        assertThat(commute(true, null, -1, 45).minutesOverLimit()).isZero();
    }

    private static DutchFit dutch(Cefr candidate, String shared, String buddy) {
        return new DutchFit(true, Cefr.B1, candidate, 0, 0, 0, true, false, false, false,
                shared.isEmpty() ? null : Locale.forLanguageTag(shared), buddy.isEmpty() ? null : Locale.forLanguageTag(buddy),
                false, null, null, null);
    }

    @Test
    void aCandidateIsBelowALevelOnlyWhenTheirLevelIsKnownAndLower() {
        assertThat(dutch(Cefr.A2, "", "").candidateBelow(Cefr.B1)).isTrue();
        assertThat(dutch(Cefr.B1, "", "").candidateBelow(Cefr.B1)).isFalse();
        assertThat(dutch(null, "", "").candidateBelow(Cefr.B1)).isFalse();
        assertThat(dutch(null, "", "").known()).isFalse();
        assertThat(dutch(Cefr.A1, "", "").known()).isTrue();
    }

    @Test
    void aSharedLanguageIsOneThatIsNamed() {
        assertThat(dutch(Cefr.A1, "en", "tr").instructionsInCandidateLanguage()).isTrue();
        assertThat(dutch(Cefr.A1, "en", "tr").buddySpeaksCandidateLanguage()).isTrue();
        assertThat(dutch(Cefr.A1, "", "").instructionsInCandidateLanguage()).isFalse();
        assertThat(dutch(Cefr.A1, "", "").buddySpeaksCandidateLanguage()).isFalse();
    }

    private static RequirementFit fit(String taskId, String code, boolean known, int shortfall) {
        return new RequirementFit(taskId, taskId, !taskId.isEmpty(), false, Importance.MEDIUM, Frequency.WEEKLY,
                TaskTiming.FROM_START, false, false, Requirement.competence(code, 2), known, 0, shortfall, null, false);
    }

    @Test
    void aRequirementIsMetOrMissingOnlyWhenKnown() {
        assertThat(fit("", "forklift", true, 0).met()).isTrue();
        assertThat(fit("", "forklift", true, 0).missing()).isFalse();
        assertThat(fit("", "forklift", true, 1).met()).isFalse();
        assertThat(fit("", "forklift", true, 1).missing()).isTrue();
        assertThat(fit("", "forklift", false, 0).met()).isFalse();
        assertThat(fit("", "forklift", false, 0).missing()).isFalse();
        assertThat(fit("", "forklift", false, 1).missing()).isFalse();
        assertThat(fit("", "forklift", true, 0).code()).isEqualTo("forklift");
    }

    @Test
    void aRequirementIsNamedByItsTaskElseAsTheWholeJobAndAQualificationByItsStatusElseAsNotHeld() {
        RequirementFit pending = new RequirementFit("", "", false, false, Importance.MEDIUM, Frequency.WEEKLY,
                TaskTiming.FROM_START, false, false, Requirement.competence("vca", 1), true, 0, 1, Recognition.PENDING, false);

        assertThat(fit("pick", "forklift", true, 1).scope()).isEqualTo("pick");
        assertThat(fit("", "forklift", true, 1).scope()).isEqualTo(Term.WHOLE_JOB);
        assertThat(fit("", "forklift", true, 1).status()).isEqualTo(Term.NOT_HELD);
        assertThat(pending.status()).isEqualTo(Recognition.PENDING);
    }

    @Test
    void equalFitsHashAlikeAndTheHashTellsTasksAndCodesApart() {
        assertThat(fit("pick", "forklift", true, 0).hashCode()).isEqualTo(fit("pick", "forklift", false, 1).hashCode())
                .isEqualTo(31 * "pick".hashCode() + "forklift".hashCode());
        assertThat(fit("pick", "forklift", true, 0).hashCode()).isNotEqualTo(fit("load", "forklift", true, 0).hashCode());
    }
}
