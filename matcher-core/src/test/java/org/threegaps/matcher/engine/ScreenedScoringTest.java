package org.threegaps.matcher.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.features.FeatureDeriver;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.Roster;
import org.threegaps.matcher.model.Shift;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.support.TestRules;

/**
 * Full scoring of a screened pair goes on from the screen's essential findings and runs only the rules of degree:
 * the result is the one full scoring from scratch gives, and the essential rules do not run twice. A job's other
 * rosters ran in the same session, in the screen as in full scoring: what the rules that read a roster found on it,
 * with what the others found on the pair.
 */
class ScreenedScoringTest {
    private static final RuleBase BASE = RuleCompiler.compile(TestRules.source());
    private static final FeatureDeriver DERIVER = new FeatureDeriver(BASE.policy(),
            new org.threegaps.matcher.features.GreatCircleCommuteEstimator(BASE.policy()));

    /** T-03 (a blocker) fires for a candidate without a car and a delivery job; T-01 (a penalty) for the low wage. */
    private static final Candidate CANDIDATE = Candidate.builder("c").home(Location.postcode("3500")).car(false)
            .transportModes(Set.of(TransportMode.BIKE)).minHourlyWage(new BigDecimal("14")).build();
    private static final Job JOB = Job.builder("j").sector("delivery").location(Location.postcode("3500"))
            .hourlyWage(new BigDecimal("11")).build();

    @Test
    void aScreenedPairScoresAsFromScratch() {
        PairFeatures features = DERIVER.derive(CANDIDATE, JOB);
        List<Screen.Screened> screened = BASE.screen().screenPairs(List.of(CANDIDATE), List.of(JOB), List.of(features));

        MatchResult goneOn = BASE.score(screened).get(0);
        MatchResult fromScratch = BASE.score(List.of(CANDIDATE), List.of(JOB), List.of(features)).get(0);

        assertThat(fromScratch.fired("T-03")).isTrue();
        assertThat(fromScratch.fired("T-01")).isTrue();
        assertThat(goneOn).isEqualTo(fromScratch);
    }

    @Test
    void theEssentialRulesDoNotRunAgain() {
        PairFeatures features = DERIVER.derive(CANDIDATE, JOB);
        Screen.Screened found = BASE.screen().screenPairs(List.of(CANDIDATE), List.of(JOB), List.of(features)).get(0);
        // as if the screen had found nothing: what full scoring then reports, the rules of degree found
        Screen.Screened nothingFound = new Screen.Screened(found.outcome(),
                new RulePair(CANDIDATE, JOB, features, BASE.catalog()), BASE);

        MatchResult result = BASE.score(List.of(nothingFound)).get(0);

        assertThat(result.fired("T-01")).isTrue();
        assertThat(result.fired("T-03")).isFalse();
    }

    /**
     * A job with two rosters: on the guess (roster "a", the smaller id, since nothing clashes) a blocker that reads
     * the roster fires beside a bridged gap that does not. The screen weighs roster "b", where the blocker does not
     * fire and the bridged gap still holds, and promises exactly what full scoring keeps.
     */
    @Test
    void theScreenCarriesTheOtherEssentialFindingsToAnotherRoster() {
        String drl = TestRules.source().text("core.drl")
                .replace("import org.threegaps.matcher.features.Pair;",
                        "import org.threegaps.matcher.features.Pair;\nimport org.threegaps.matcher.features.RosterFit;")
                .replace("$p : Pair( candidate.car == false, job.sector == \"delivery\" )",
                        "RosterFit( $p : pair, pair.candidate.car == false, pair.job.sector == \"delivery\", weekendMinutes > 0 )")
                .replace("job.sector == \"courier\"", "job.sector == \"delivery\"");
        RuleBase base = RuleCompiler.compile(TestRules.source().with("core.drl", drl));
        assertThat(base.rosterRules()).containsExactly("T-03");
        Candidate candidate = Candidate.builder("c").home(Location.postcode("3500")).car(false).drivingLicence(false)
                .transportModes(Set.of(TransportMode.BIKE)).build();
        Job job = Job.builder("j").sector("delivery").location(Location.postcode("3500")).hourlyWage(new BigDecimal("15"))
                .roster(new Roster("a", List.of(new Shift(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)))))
                .roster(new Roster("b", List.of(new Shift(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)))))
                .build();
        PairFeatures features = new FeatureDeriver(base.policy(),
                new org.threegaps.matcher.features.GreatCircleCommuteEstimator(base.policy())).derive(candidate, job);
        assertThat(features.bestRoster().rosterId()).isEqualTo("a");

        Screen.Outcome promised = base.screen().screen(List.of(candidate), List.of(job), List.of(features)).get(0);
        MatchResult full = base.score(List.of(candidate), List.of(job), List.of(features)).get(0);

        assertThat(full.fired("T-03")).isFalse();
        assertThat(full.fired("T-07")).isTrue();
        assertThat(promised).isEqualTo(Screen.Outcome.of(full));
    }

    @Test
    void anotherRuleSetsScreenedPairIsScoredFromScratch() {
        RuleBase other = RuleCompiler.compile(TestRules.source());
        PairFeatures features = DERIVER.derive(CANDIDATE, JOB);
        Screen.Screened found = other.screen().screenPairs(List.of(CANDIDATE), List.of(JOB), List.of(features)).get(0);
        Screen.Screened nothingFound = new Screen.Screened(found.outcome(),
                new RulePair(CANDIDATE, JOB, features, other.catalog()), other);

        assertThat(BASE.score(List.of(nothingFound)).get(0).fired("T-03")).isTrue();
    }
}
