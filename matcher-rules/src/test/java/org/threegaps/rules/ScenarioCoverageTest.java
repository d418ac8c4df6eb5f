package org.threegaps.rules;

import org.threegaps.matcher.internal.MatcherInternals;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.engine.RuleInfo;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.MatchResult;

/**
 * Every rule of the rule base fires in at least one persona scenario: a rule no scenario reaches is a
 * rule no one has seen work on a realistic case. The failure lists the rule ids by file.
 */
class ScenarioCoverageTest extends RuleTestSupport {

    @Test
    void everyRuleFiresInSomeScenario() {
        Set<String> fired = new TreeSet<>();
        for (ScenarioCorpus.NamedPair pair : ScenarioCorpus.pairs()) {
            MatchResult result = MATCHER.match(pair.candidate(), pair.job());
            result.findings().stream().map(Finding::ruleId).forEach(fired::add);
        }
        Map<String, Set<String>> neverFired = new TreeMap<>();
        for (RuleInfo rule : MatcherInternals.ruleBase(MATCHER).catalog().rules()) {
            if (!fired.contains(rule.id())) {
                neverFired.computeIfAbsent(rule.file(), f -> new TreeSet<>()).add(rule.id());
            }
        }
        assertThat(neverFired).as("rules that fire in no scenario of %s, by file", ScenarioCorpus.SCENARIOS).isEmpty();
    }
}
