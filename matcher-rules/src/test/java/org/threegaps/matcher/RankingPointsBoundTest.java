package org.threegaps.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.engine.Screen;
import org.threegaps.matcher.features.FeatureDeriver;
import org.threegaps.matcher.internal.MatcherInternals;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.testkit.generate.RandomModels;

/**
 * A ranking fully scores a pair only while it can still enter the list. Once the N-th kept has every point, a pair
 * promised the same outcome can beat it only with a lower id, so the others of that outcome are never scored. In
 * this package to see how many pairs a ranking scored.
 */
class RankingPointsBoundTest {
    private static final int CHUNK = 25;
    private static final Matcher SCREENED = Matcher.withDefaultRules().screenCheck(1).chunkSize(CHUNK).build();
    private static final Matcher FULL = Matcher.withDefaultRules().screen(false).build();

    /**
     * Copies of a job with every point for the candidate, under ids that sort first, among 1,500 others: the top 3 are
     * the first copies by id, and the other copies are never scored, nor is any pair of their outcome. There are
     * more copies than two rounds of scoring hold ({@link Ranking#roundSize}), so that on any machine
     * scoring every promised pair would show.
     */
    @Test
    void pairsThatPointsCannotLiftPastTheNthAreNotScored() {
        Random random = new Random(20_261_207L);
        List<Candidate> candidates = RandomModels.candidates(random, 30);
        List<Job> jobs = RandomModels.jobs(random, 1_500);
        MatchResult best = candidates.stream().map(c -> FULL.rankJobs(c, jobs).top(1).get(0))
                .filter(r -> r.overallScore() == Screen.Outcome.MOST_POINTS).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate whose best job has every point"));
        Candidate candidate = best.candidate();
        int round = Ranking.roundSize(CHUNK);
        int copies = Math.max(200, 3 * round);
        List<Job> pool = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            pool.add(copy(best.job(), String.format("a-%04d", k)));
        }
        pool.addAll(jobs);
        Collections.shuffle(pool, random);
        int n = 3;

        Ranking.Listing listing = SCREENED.rankJobs(candidate, pool).listing(n);

        assertThat(json(listing.results())).isEqualTo(json(FULL.rankJobs(candidate, pool).top(n)));
        assertThat(listing.results()).extracting(MatchResult::jobId).containsExactly("a-0000", "a-0001", "a-0002");
        // the pairs promised this outcome or a better one: every copy, and the others the screen promises it
        Screen.Outcome nth = Screen.Outcome.of(listing.results().get(n - 1));
        FeatureDeriver deriver = MatcherInternals.features(SCREENED);
        long promised = MatcherInternals.ruleBase(SCREENED).screen().screen(Collections.nCopies(pool.size(), candidate), pool,
                        pool.stream().map(j -> deriver.derive(candidate, j)).toList())
                .stream().filter(o -> Screen.Outcome.ORDER.compare(o, nth) <= 0).count();
        assertThat(promised).isGreaterThanOrEqualTo(copies);
        // a round of copies shows the N-th has every point; the rest is left out
        assertThat(listing.fullyScored()).isLessThanOrEqualTo(2 * round).isLessThan((int) promised);
        assertThat(SCREENED.screenHolds()).isTrue();
    }

    private static Job copy(Job job, String id) {
        java.util.Map<String, Object> fields = Json.mapper().convertValue(job, new TypeReference<>() { });
        fields.put("id", id);
        return Json.mapper().convertValue(fields, Job.class);
    }

    private static List<String> json(List<MatchResult> results) {
        return results.stream().map(r -> Json.write(SCREENED.texts().document(r, Locale.ENGLISH))).toList();
    }
}
