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

/** Rankings: verdict first, then overall score, then id; top N and a verdict filter. */
class RankingTest {
    // chunk size 2 so that a pool of five is scored in several chunks and merged
    private static final Matcher MATCHER = Matcher.withRules(TestRules.source()).chunkSize(2).build();
    private static final Candidate CANDIDATE = Candidate.builder("c").home(Location.postcode("3500"))
            .transportModes(Set.of(TransportMode.BIKE)).car(false).minHourlyWage(new BigDecimal("14")).build();

    private static Job job(String id, String wage) {
        return Job.builder(id).location(Location.postcode("3500")).hourlyWage(new BigDecimal(wage)).build();
    }

    private static final List<Job> POOL = List.of(
            job("e-fair", "15"),            // MATCH 100
            job("a-fair", "15"),            // MATCH 100, ties with e-fair: id decides
            job("c-low", "11"),             // MATCH_WITH_SUPPORT: organisation 70
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
    void anEmptyPoolGivesAnEmptyRanking() {
        assertThat(MATCHER.rankJobs(CANDIDATE, List.of()).top(10)).isEmpty();
    }
}
