package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.threegaps.matcher.model.ApplicationMode;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.DigitalSkill;
import org.threegaps.matcher.model.DutchRequirement;
import org.threegaps.matcher.model.Frequency;
import org.threegaps.matcher.model.Importance;
import org.threegaps.matcher.model.LanguageReason;
import org.threegaps.matcher.model.Level;
import org.threegaps.matcher.model.Requirement;
import org.threegaps.matcher.model.Task;
import org.threegaps.matcher.model.TaskTiming;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.testkit.Scenario;
import org.threegaps.matcher.testkit.ScenarioRunner;

/**
 * DESIGN.md: "an employer support only ever removes or lowers a penalty, never adds one". For every persona
 * scenario with an inline pair, and for every support the job does not offer yet, offering it must not
 * add a blocker, and while the blockers stay the same it must not lower any gap score. A support may turn a
 * blocker into a penalty (HE-01 into HE-02, LA-01 into LA-02): the blocker goes, so that counts as better.
 */
class SupportMonotonicityTest extends RuleTestSupport {

    record Pair(String name, Candidate candidate, Job job) {
    }

    /** @return the persona pairs and a few pairs with a gap a support is meant to close */
    static List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        pairs.add(new Pair("fixtures", Fixtures.candidate().build(), Fixtures.job().build()));
        // gaps a support is meant to close: language for communication and for safety, training, application
        var a2 = Fixtures.candidate().language("nl", Cefr.A2).language("ar", Cefr.C1).digitalSkill(DigitalSkill.BASIC)
                .needsHelpToExplainNeeds(true).selfConfidence(Level.LOW).build();
        pairs.add(new Pair("dutch for communication", a2, Fixtures.job()
                .dutch(new DutchRequirement(Cefr.B1, Set.of(LanguageReason.CUSTOMER_CONTACT), Set.of("nl"))).build()));
        pairs.add(new Pair("dutch for safety", a2, Fixtures.job()
                .dutch(new DutchRequirement(Cefr.B2, Set.of(LanguageReason.SAFETY_INSTRUCTIONS), Set.of("nl"))).build()));
        pairs.add(new Pair("training and online application", a2, Fixtures.job()
                .task(new Task("scan", "scan the orders", Importance.HIGH, Frequency.DAILY, TaskTiming.FROM_START, false,
                        false, null, List.of(Requirement.competence("scanner", 2).trainableIn(8))))
                .applicationMode(ApplicationMode.ONLINE_ONLY).build()));
        for (var file : ScenarioRunner.files(PersonaScenariosTest.SCENARIOS)) {
            Scenario s = ScenarioRunner.read(file);
            if (s.candidate() != null && s.job() != null) {
                pairs.add(new Pair(file.getFileName().toString(), s.candidate(), s.job()));
            }
        }
        return pairs;
    }

    @TestFactory
    Stream<DynamicTest> offeringASupportNeverMakesAPairWorse() {
        return pairs().stream().map(pair -> DynamicTest.dynamicTest(pair.name(), () -> {
            MatchResult before = match(pair.candidate(), pair.job());
            Set<String> spokenBesidesDutch = pair.candidate().languages().keySet().stream()
                    .filter(l -> !l.equals("nl")).collect(Collectors.toSet());
            for (Support support : Support.values()) {
                if (pair.job().supports().offers(support)) {
                    continue;
                }
                Job withSupport = pair.job().toBuilder()
                        .supports(pair.job().supports().with(support, spokenBesidesDutch, 4)).build();
                MatchResult after = match(pair.candidate(), withSupport);
                assertThat(blockers(after)).as("blockers of %s after offering %s", pair.name(), support)
                        .isSubsetOf(blockers(before));
                if (blockers(after).equals(blockers(before))) {
                    for (Gap gap : Gap.values()) {
                        assertThat(after.score(gap)).as("%s score of %s after offering %s (findings before %s, after %s)",
                                gap, pair.name(), support, ids(before), ids(after)).isGreaterThanOrEqualTo(before.score(gap));
                    }
                }
            }
        }));
    }

    private static Set<String> blockers(MatchResult result) {
        return result.findings().stream().filter(f -> f.kind() == Kind.BLOCKER).map(Finding::ruleId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> ids(MatchResult result) {
        return result.findings().stream().map(Finding::ruleId).toList();
    }
}
