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
    private static final Matcher SHIPPED = Matcher.withDefaultRules().build();

    @Test
    void aDistanceRuleThatNoLongerMeansWhatBlockingAssumesStopsTheRun() {
        assertThatThrownBy(() -> scorer(changedDistanceRule(), 1_000).score(candidates()))
                .isInstanceOf(PartitionScorer.BlockingCheckFailed.class)
                .hasMessageContaining("was skipped as out of reach (MO-01)")
                .hasMessageContaining("--no-blocking");
    }

    @Test
    void evenOneCheckFindsASmallChangeBecauseTheSkipNearestTheThresholdIsTheOneScored() {
        // only pairs between 1× and 1.1× the old threshold are wrongly skipped: a skip picked at random
        // would rarely be one of them
        assertThatThrownBy(() -> scorer(changedDistanceRule("1.1"), 1).score(candidates()))
                .isInstanceOf(PartitionScorer.BlockingCheckFailed.class)
                .hasMessageContaining("was skipped as out of reach (MO-01)")
                .hasMessageContaining("--no-blocking");
    }

    @Test
    void theDefaultRulesPassTheCheckAndEveryPairIsCounted() {
        PartitionOutput output = scorer(SHIPPED).score(candidates());

        Counts counts = output.counts();
        assertThat(counts.candidates).isEqualTo(40);
        assertThat(counts.pairs).isEqualTo(40L * 200);
        assertThat(counts.scored + counts.skippedTotal()).isEqualTo(counts.pairs);
        assertThat(counts.skippedTotal()).isPositive();
    }

    /** MO-01 blocking only beyond twice the factor: pairs between 1× and 2× are skipped but not blocked. */
    private static Matcher changedDistanceRule() {
        return changedDistanceRule("2");
    }

    private static Matcher changedDistanceRule(String times) {
        RuleSource defaults = RuleSource.defaults();
        String mobility = defaults.text("mobility.drl").replace(
                "commute.bestMinutes > commute.limitMinutes * policy.number(\"commute.unreachable.factor\"),",
                "commute.bestMinutes > commute.limitMinutes * policy.number(\"commute.unreachable.factor\") * " + times + ",");
        assertThat(mobility).isNotEqualTo(defaults.text("mobility.drl"));
        return Matcher.withRules(defaults.with("mobility.drl", mobility)).build();
    }

    private static PartitionScorer scorer(Matcher matcher) {
        return scorer(matcher, 1_000);
    }

    /**
     * Blocking is read from the shipped rule set, scoring uses {@code matcher}'s: how a run would go if
     * what blocking assumes and the rules in force ever parted (a changed MO-01 itself switches blocking off).
     */
    private static PartitionScorer scorer(Matcher matcher, int checks) {
        OutOfReach reach = OutOfReach.of(SHIPPED.ruleBase(), matcher.features());
        JobIndex index = new JobIndex(POPULATION.jobs().stream().map(matcher.features()::profile).toList(), reach);
        return new PartitionScorer(new ExecutorCache.Jobs(matcher, reach, index),
                new PartitionScorer.Settings(5, Verdict.AFTER_REDESIGN, 500, checks, null), Map.of());
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
