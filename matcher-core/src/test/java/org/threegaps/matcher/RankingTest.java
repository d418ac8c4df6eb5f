package org.threegaps.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;
import org.threegaps.matcher.support.TestRules;

/** Rankings: verdict first, then settled before provisional, then open essential gaps, then points, then id; top N and a verdict filter. */
class RankingTest {
    // chunk size 2 so that a pool of five is scored in several chunks and merged
    private static final Matcher MATCHER = Matcher.withRules(TestRules.source()).chunkSize(2).build();
    private static final Candidate CANDIDATE = Candidate.builder("c").home(Location.postcode("3500"))
            .transportModes(Set.of(TransportMode.BIKE)).car(false).drivingLicence(false).minHourlyWage(new BigDecimal("14")).build();

    private static Job job(String id, String wage) {
        return Job.builder(id).location(Location.postcode("3500")).hourlyWage(new BigDecimal(wage)).build();
    }

    private static final List<Job> POOL = List.of(
            job("e-fair", "15"),            // MATCH 100
            job("a-fair", "15"),            // MATCH 100, ties with e-fair: id decides
            Job.builder("c-low").location(Location.postcode("3500")).sector("courier").hourlyWage(new BigDecimal("11")).build(), // MATCH_WITH_SUPPORT (T-07 bridged), organisation 60
            Job.builder("b-car").location(Location.postcode("3500")).sector("delivery").hourlyWage(new BigDecimal("15")).build(), // NOT_YET
            job("d-fair", "15"));           // MATCH 100

    private static List<String> ids(List<MatchResult> results) {
        return results.stream().map(MatchResult::jobId).toList();
    }

    @Test
    void tiesAreOrderedById() {
        assertThat(ids(MATCHER.rankJobs(CANDIDATE, POOL).all())).containsExactly("a-fair", "d-fair", "e-fair", "c-low", "b-car");
    }

    @Test
    void topReturnsTheBestN() {
        assertThat(ids(MATCHER.rankJobs(CANDIDATE, POOL).top(2))).containsExactly("a-fair", "d-fair");
    }

    @Test
    void topMoreThanThePoolReturnsTheWholePool() {
        assertThat(MATCHER.rankJobs(CANDIDATE, POOL).top(50)).hasSize(POOL.size());
    }

    @Test
    void topZeroIsEmptyAndANegativeNIsRefused() {
        assertThat(MATCHER.rankJobs(CANDIDATE, POOL).top(0)).isEmpty();
        assertThatThrownBy(() -> MATCHER.rankJobs(CANDIDATE, POOL).top(-1)).hasMessage("n must not be negative, was -1");
    }

    @Test
    void atLeastKeepsOnlyThatVerdictOrBetter() {
        List<MatchResult> supported = MATCHER.rankJobs(CANDIDATE, POOL).atLeast(Verdict.MATCH_WITH_SUPPORT).all();

        assertThat(ids(supported)).containsExactly("a-fair", "d-fair", "e-fair", "c-low");
        assertThat(ids(MATCHER.rankJobs(CANDIDATE, POOL).atLeast(Verdict.MATCH).top(10))).containsExactly("a-fair", "d-fair", "e-fair");
    }

    @Test
    void candidatesForAJobAreRankedTheSameWay() {
        List<Candidate> candidates = List.of(
                Candidate.builder("z").home(Location.postcode("3500")).transportModes(Set.of(TransportMode.BIKE)).build(),
                Candidate.builder("y").home(Location.postcode("3500")).transportModes(Set.of(TransportMode.BIKE))
                        .minHourlyWage(new BigDecimal("20")).build(),
                Candidate.builder("x").home(Location.postcode("3500")).transportModes(Set.of(TransportMode.BIKE)).build());

        List<MatchResult> ranked = MATCHER.rankCandidates(job("j", "15"), candidates).all();

        assertThat(ranked).extracting(MatchResult::candidateId).containsExactly("x", "z", "y");
    }

    @Test
    void theOrderIsVerdictThenProvisionalThenOpenGapsThenPointsThenId() {
        List<MatchResult> results = new java.util.ArrayList<>(List.of(
                result("not-yet-two-gaps-100", Verdict.NOT_YET, false, 2, 100),
                result("not-yet-one-gap-40", Verdict.NOT_YET, false, 1, 40),
                result("support-provisional-100", Verdict.MATCH_WITH_SUPPORT, true, 0, 100),
                result("support-settled-50", Verdict.MATCH_WITH_SUPPORT, false, 0, 50),
                result("support-settled-60", Verdict.MATCH_WITH_SUPPORT, false, 0, 60),
                result("match-10", Verdict.MATCH, false, 0, 10)));
        java.util.Collections.reverse(results);

        results.sort(Ranking.order(true));

        assertThat(ids(results)).containsExactly("match-10", "support-settled-60", "support-settled-50",
                "support-provisional-100", "not-yet-one-gap-40", "not-yet-two-gaps-100");
    }

    private static MatchResult result(String jobId, Verdict verdict, boolean provisional, int openGaps, int points) {
        List<org.threegaps.matcher.result.Finding> blockers = java.util.stream.IntStream.range(0, openGaps)
                .mapToObj(i -> new org.threegaps.matcher.result.Finding("T-0" + i, org.threegaps.matcher.result.Gap.SKILL, "test",
                        org.threegaps.matcher.result.Kind.BLOCKER, 0, "T-0" + i, List.of(), List.of()))
                .toList();
        java.util.Map<org.threegaps.matcher.result.Gap, org.threegaps.matcher.result.GapScore> scores = new java.util.EnumMap<>(
                org.threegaps.matcher.result.Gap.class);
        for (org.threegaps.matcher.result.Gap gap : org.threegaps.matcher.result.Gap.values()) {
            scores.put(gap, new org.threegaps.matcher.result.GapScore(gap, points, 100 - points, 0, 0));
        }
        return new MatchResult(CANDIDATE, job(jobId, "15"), verdict, provisional, points, scores, blockers, List.of(),
                List.of(), List.of(), "sha256:test");
    }

    @Test
    void anEmptyPoolGivesAnEmptyRanking() {
        assertThat(MATCHER.rankJobs(CANDIDATE, List.of()).top(10)).isEmpty();
    }
}
