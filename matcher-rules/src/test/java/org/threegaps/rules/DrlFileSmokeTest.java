package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.threegaps.matcher.internal.MatcherInternals;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.engine.RuleBase;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.CareDuty;
import org.threegaps.matcher.model.ContractType;
import org.threegaps.matcher.model.DressCode;
import org.threegaps.matcher.model.FunctionalNeed;
import org.threegaps.matcher.model.Hazard;
import org.threegaps.matcher.model.Level;
import org.threegaps.matcher.model.PhysicalLoad;
import org.threegaps.matcher.model.Roster;
import org.threegaps.matcher.model.Shift;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.model.TimeWindow;
import org.threegaps.matcher.model.WorkplaceNeed;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Finding;

/**
 * Fire-once smoke test per DRL file of index.txt: the file compiles on its own beside the parameters and
 * messages, runs on every pair of the scenario corpus plus a neutral, an all-unknown and a many-needs pair without a
 * runtime error (the classic compiler lets some type errors through to fire time), some of its rules
 * fire, and no rule fires twice for the same thing on one pair.
 */
class DrlFileSmokeTest {

    static Stream<String> drlFiles() throws IOException {
        return RuleSetFilesTest.indexed().stream().filter(name -> name.endsWith(".drl"));
    }

    private static List<ScenarioCorpus.NamedPair> corpus() {
        List<ScenarioCorpus.NamedPair> pairs = new ArrayList<>(ScenarioCorpus.pairs());
        pairs.add(new ScenarioCorpus.NamedPair("neutral fixtures", Fixtures.candidate().build(), Fixtures.job().build()));
        pairs.add(new ScenarioCorpus.NamedPair("everything unknown", Candidate.builder("unknown").build(), Job.builder("unknown").build()));
        pairs.add(new ScenarioCorpus.NamedPair("many needs against a demanding job", manyNeeds(), demandingJob()));
        return pairs;
    }

    /** A candidate who declares a bit of everything the organisation-side rules read. */
    static Candidate manyNeeds() {
        Candidate.Builder b = Fixtures.candidate()
                .functionalNeeds(Set.of(FunctionalNeed.NO_HEAVY_LIFTING, FunctionalNeed.FLUCTUATING_CAPACITY,
                        FunctionalNeed.NEEDS_REST_BREAKS, FunctionalNeed.NEEDS_STRUCTURE_AND_PREDICTABILITY))
                .safetyRestrictions(Set.of(Hazard.WORK_AT_HEIGHT)).workplaceNeeds(Set.of(WorkplaceNeed.HEADWEAR))
                .careDuties(Set.of(CareDuty.CHILDREN)).singleCarer(true).shortNoticeAbsence(true).maxHoursPerWeek(10)
                .monthsSinceLastWork(36).selfConfidence(Level.LOW).requiresStableContract(true)
                .minHourlyWage(new BigDecimal("16.00")).documentsAllow(EnumSet.of(ContractType.PERMANENT));
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            b.careWindow(new TimeWindow(day, LocalTime.of(7, 30), LocalTime.of(8, 45)));
        }
        return b.build();
    }

    /** A heavy interim job with early, night and weekend shifts, a hazard and a strict uniform. */
    static Job demandingJob() {
        return Fixtures.job().physicalLoad(PhysicalLoad.HIGH).hazards(Set.of(Hazard.WORK_AT_HEIGHT))
                .dressCode(DressCode.STRICT_UNIFORM).contract(ContractType.INTERIM).pathToPermanent(false)
                .roster(new Roster("early-night-weekend", List.of(
                        new Shift(DayOfWeek.MONDAY, LocalTime.of(6, 0), LocalTime.of(14, 0)),
                        new Shift(DayOfWeek.TUESDAY, LocalTime.of(6, 0), LocalTime.of(14, 0)),
                        new Shift(DayOfWeek.WEDNESDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)),
                        new Shift(DayOfWeek.SATURDAY, LocalTime.of(6, 0), LocalTime.of(14, 0)))))
                .supports(new SupportOffer(Set.of(Support.FIRST_DAY_INFO), Set.of(), 0, 6))
                .build();
    }

    /**
     * @return the default rule set with {@code drl} as its only rule file, and only the parameters it or the
     *         matcher reads (a parameter nothing reads is an error)
     */
    private static RuleSource alone(String drl) {
        RuleSource all = RuleSource.defaults();
        String text = all.text(drl);
        Map<String, String> files = new HashMap<>();
        for (String name : all.names()) {
            if (!name.endsWith(".drl") || name.equals(drl)) {
                files.put(name, all.text(name));
            }
        }
        StringBuilder policy = new StringBuilder();
        for (String line : all.text(RuleSource.PARAMETERS).split("\\R")) {
            String key = line.contains("=") && !line.startsWith("#") ? line.substring(0, line.indexOf('=')).strip() : null;
            boolean read = key == null || org.threegaps.matcher.policy.PolicyKeys.ALL.contains(key)
                    || key.startsWith(org.threegaps.matcher.policy.PolicyKeys.DEVELOPMENT_PREFIX)
                    || text.contains("\"" + key + "\"")
                    || key.endsWith(".points") && text.contains("@id(\"" + key.substring(0, key.length() - ".points".length()) + "\")");
            if (read) {
                policy.append(line).append('\n');
            }
        }
        files.put(RuleSource.PARAMETERS, policy.toString());
        return RuleSource.of("smoke:" + drl, files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drlFiles")
    void compilesAloneFiresAndNeverTwiceForTheSameThing(String drl) {
        Matcher matcher = Matcher.withRules(alone(drl)).build();
        TreeSet<String> fired = new TreeSet<>();
        for (ScenarioCorpus.NamedPair pair : corpus()) {
            RuleBase.Trace trace = MatcherInternals.trace(matcher, pair.candidate(), pair.job());
            Map<String, Long> firings = new HashMap<>();
            trace.firedRules().forEach(name -> firings.merge(name.substring(0, name.indexOf(' ')), 1L, Long::sum));
            List<Finding> findings = trace.result().findings();
            firings.forEach((id, count) -> {
                List<List<Finding.Argument>> args = findings.stream().filter(f -> f.ruleId().equals(id)).map(Finding::args).toList();
                assertThat(args).as("findings of %s on %s: one per firing", id, pair).hasSize(count.intValue());
                assertThat(args).as("%s fired twice for the same thing on %s", id, pair).doesNotHaveDuplicates();
            });
            fired.addAll(firings.keySet());
        }
        assertThat(fired).as("rules of %s that fired on some pair of the corpus", drl).isNotEmpty();
    }
}
