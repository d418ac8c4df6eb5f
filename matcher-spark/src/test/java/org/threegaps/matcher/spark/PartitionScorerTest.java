package org.threegaps.matcher.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.blocking.OutOfReach;
import org.threegaps.matcher.engine.RuleSource;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.result.Verdict;

class PartitionScorerTest {
    private static final Population POPULATION = Population.random(5, 40, 200);

    @Test
    void aDistanceRuleThatNoLongerMeansWhatBlockingAssumesStopsTheRun() {
        // MO-01 now blocks only beyond twice the factor: pairs between 1× and 2× are skipped but not blocked
        RuleSource defaults = RuleSource.defaults();
        String mobility = defaults.text("mobility.drl").replace(
                "commute.bestMinutes > commute.limitMinutes * policy.number(\"commute.unreachable.factor\"),",
                "commute.bestMinutes > commute.limitMinutes * policy.number(\"commute.unreachable.factor\") * 2,");
        assertThat(mobility).isNotEqualTo(defaults.text("mobility.drl"));
        Matcher changed = Matcher.withRules(defaults.with("mobility.drl", mobility)).build();

        assertThatThrownBy(() -> scorer(changed).score(candidates()))
                .isInstanceOf(PartitionScorer.BlockingCheckFailed.class)
                .hasMessageContaining("was skipped as out of reach (MO-01)")
                .hasMessageContaining("--no-blocking");
    }

    @Test
    void theDefaultRulesPassTheCheckAndEveryPairIsCounted() {
        PartitionOutput output = scorer(Matcher.withDefaultRules().build()).score(candidates());

        Counts counts = output.counts();
        assertThat(counts.candidates).isEqualTo(40);
        assertThat(counts.pairs).isEqualTo(40L * 200);
        assertThat(counts.scored + counts.skippedTotal()).isEqualTo(counts.pairs);
        assertThat(counts.skippedTotal()).isPositive();
    }

    private static PartitionScorer scorer(Matcher matcher) {
        OutOfReach reach = OutOfReach.of(matcher.ruleBase(), matcher.features());
        JobIndex index = new JobIndex(POPULATION.jobs().stream().map(matcher.features()::profile).toList(), reach);
        return new PartitionScorer(new ExecutorCache.Jobs(matcher, reach, index),
                new PartitionScorer.Settings(5, Verdict.AFTER_REDESIGN, 500, 1_000, null), Map.of());
    }

    private static Iterator<InputRecord> candidates() {
        return POPULATION.candidates().stream()
                .map(c -> new InputRecord("candidates.jsonl line " + c.id(), 0, write(c)))
                .toList().iterator();
    }

    private static String write(Object document) {
        try {
            return Json.mapper().writeValueAsString(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
