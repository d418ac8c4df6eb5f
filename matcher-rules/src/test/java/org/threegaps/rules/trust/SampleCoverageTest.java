package org.threegaps.rules.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.engine.RuleInfo;
import org.threegaps.matcher.engine.RuleSource;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * The sample pairs that every load scores before a rule set goes into service ({@code samples.json}) make
 * every bundled rule fire at least once: a rule that throws when it fires cannot slip through a reload.
 */
class SampleCoverageTest {
    /** One sample pair, as samples.json holds it. */
    record Sample(Candidate candidate, Job job) {
    }

    @Test
    void everyBundledRuleFiresOnAtLeastOneSamplePair() {
        RuleSource rules = RuleSource.defaults();
        Matcher matcher = Matcher.withRules(rules).build();
        Sample[] samples = Json.read(RuleSource.SAMPLES, rules.text(RuleSource.SAMPLES), Sample[].class);
        Set<String> fired = new TreeSet<>();
        for (Sample sample : samples) {
            matcher.trace(sample.candidate(), sample.job()).firedRules()
                    .forEach(name -> fired.add(name.substring(0, name.indexOf(' '))));
        }

        Set<String> all = new TreeSet<>();
        matcher.ruleBase().catalog().rules().stream().map(RuleInfo::id).forEach(all::add);
        assertThat(fired).isEqualTo(all);
    }
}
