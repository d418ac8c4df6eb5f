package org.threegaps.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.threegaps.matcher.internal.MatcherInternals;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.testkit.generate.RandomModels;

/**
 * The differential test behind the benchmark's engine-overhead ratio: the hand-coded subset and the same
 * rules in DRL give the same findings, rule id and arguments, on thousands of random pairs.
 */
class HandCodedSubsetTest {
    private static final Matcher DRL = Matcher.withRules(SubsetRules.source()).build();
    private static final HandCodedSubset JAVA = new HandCodedSubset(MatcherInternals.ruleBase(DRL).policy());
    private static final Comparator<HandCodedSubset.Fired> ORDER =
            Comparator.comparing(HandCodedSubset.Fired::ruleId).thenComparing(f -> String.join("|", f.args()));

    @Test
    void theSubsetHoldsExactlyTheTwelveRules() {
        assertThat(MatcherInternals.ruleBase(DRL).catalog().rules()).extracting(r -> r.id())
                .containsExactlyInAnyOrderElementsOf(HandCodedSubset.IDS);
    }

    @Test
    void handCodedAndDrlGiveTheSameFindingsOnRandomPairs() {
        Random random = new Random(20261125L);
        Map<String, Integer> firings = new TreeMap<>();
        for (int i = 0; i < 5_000; i++) {
            Candidate candidate = RandomModels.candidate(random, "c-" + i);
            Job job = RandomModels.job(random, "j-" + i);

            MatchResult drl = DRL.match(candidate, job);
            List<HandCodedSubset.Fired> expected = drl.findings().stream()
                    .map(f -> new HandCodedSubset.Fired(f.ruleId(), f.values())).sorted(ORDER).toList();
            List<HandCodedSubset.Fired> actual = JAVA.evaluate(candidate, job, MatcherInternals.features(DRL).derive(candidate, job))
                    .stream().sorted(ORDER).toList();

            assertThat(actual).as("pair %d: %s × %s", i, candidate, job).isEqualTo(expected);
            expected.forEach(f -> firings.merge(f.ruleId(), 1, Integer::sum));
        }
        // the comparison means something only if every rule of the subset fired on the sample
        assertThat(firings.keySet()).as("rules that fired, with counts %s", firings)
                .containsExactlyInAnyOrderElementsOf(HandCodedSubset.IDS);
    }
}
