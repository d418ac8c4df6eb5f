package org.threegaps.matcher.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.result.Verdict;

class PartitionScorerTest {
    private static final Population POPULATION = Population.random(5, 40, 200);
    private static final Matcher SHIPPED = Matcher.withDefaultRules().build();

    @Test
    void theDefaultRulesAreScreenedAndEveryPairIsCounted() {
        PartitionOutput output = scorer(SHIPPED, true).score(candidates());

        Counts counts = output.counts();
        assertThat(counts.candidates).isEqualTo(40);
        assertThat(counts.pairs).isEqualTo(40L * 200);
        assertThat(counts.scored + counts.skippedTotal()).isEqualTo(counts.pairs);
        assertThat(counts.skippedTotal()).isGreaterThan(counts.pairs / 3);
        assertThat(counts.verdicts.get(Verdict.NOT_YET)).isZero();
        assertThat(SHIPPED.screenHolds()).isTrue();
    }

    @Test
    void theListsAreThoseOfScoringEveryPair() {
        PartitionOutput screened = scorer(SHIPPED, true).score(candidates());
        PartitionOutput full = scorer(SHIPPED, false).score(candidates());

        assertThat(full.counts().skippedTotal()).isZero();
        assertThat(screened.candidateTops()).isEqualTo(full.candidateTops());
        assertThat(screened.jobTops()).isEqualTo(full.jobTops());
        assertThat(full.counts().verdicts.get(Verdict.NOT_YET)).isEqualTo(screened.counts().skippedTotal());
    }

    /**
     * A screen that parts from full scoring (here: screened by the essential rules of a rule set whose MO-01 blocks
     * from 1.1 times the candidate's limit, not 1.5) leaves out pairs full scoring lists. The self-check finds one;
     * the partition is scored again in full and its lists are whole.
     */
    @Test
    void aScreenThatFailsItsSelfCheckMidPartitionScoresThePartitionAgainInFull() {
        RuleSource defaults = RuleSource.defaults();
        String mo01 = "$p : Pair( commute.outOfReach, ";
        assertThat(defaults.text("mobility.drl")).contains(mo01);
        RuleSource stricter = defaults.with("mobility.drl", defaults.text("mobility.drl")
                .replace(mo01, "$p : Pair( commute.reachable(), commute.bestMinutes > commute.limitMinutes * 1.1, "));
        Matcher screened = Matcher.withDefaultRules().screenFrom(stricter).screenCheck(1).build();
        Matcher full = Matcher.withDefaultRules().screen(false).build();

        PartitionOutput output = scorer(screened, true).score(candidates());

        assertThat(screened.screenHolds()).isFalse();
        PartitionOutput expected = scorer(full, false).score(candidates());
        assertThat(output.candidateTops()).isEqualTo(expected.candidateTops());
        assertThat(output.jobTops()).isEqualTo(expected.jobTops());
        assertThat(output.counts().skippedTotal()).isZero();
    }

    private static PartitionScorer scorer(Matcher matcher, boolean screen) {
        return new PartitionScorer(new ExecutorCache.Jobs(matcher, POPULATION.jobs()),
                new PartitionScorer.Settings(5, Verdict.AFTER_REDESIGN, 500, screen, null), Map.of());
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
