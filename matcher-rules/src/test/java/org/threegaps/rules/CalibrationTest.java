package org.threegaps.rules;

import org.threegaps.matcher.internal.MatcherInternals;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.engine.RuleInfo;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;
import org.threegaps.matcher.testkit.Scenario;
import org.threegaps.matcher.testkit.ScenarioRunner;

/**
 * docs/calibration.md is the written calibration of the rule set: every rule with its kind and points, and the
 * calibration personas with their verdicts. A rule change that moves a persona, or a kind or weight that changes,
 * fails here until the page says so too.
 */
class CalibrationTest extends RuleTestSupport {
    private static final Path PAGE = Path.of("../docs/calibration.md");
    private static final Path PERSONAS = PersonaScenariosTest.SCENARIOS.resolve("calibration");
    private static final Pattern PERSONA_ROW = Pattern.compile("^\\| ([a-z0-9-]+) \\| ([A-Z_]+)( or better)? \\|", Pattern.MULTILINE);
    private static final Pattern RULE_ROW = Pattern.compile("^\\| ([A-Z]{2}-\\d+) \\| ([A-Z]+) \\| ([0-9]+|–) \\|", Pattern.MULTILINE);

    private static String page() throws IOException {
        return Files.readString(PAGE);
    }

    @Test
    void everyPersonaScoresTheVerdictTheTableGivesIt() throws IOException {
        Map<String, String> table = new LinkedHashMap<>();
        Matcher row = PERSONA_ROW.matcher(page());
        while (row.find()) {
            table.put(row.group(1), row.group(2) + (row.group(3) == null ? "" : "+"));
        }
        List<String> files;
        try (Stream<Path> list = Files.list(PERSONAS)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        }
        assertThat(files).as("calibration personas").hasSizeGreaterThanOrEqualTo(12);
        assertThat(table.keySet()).as("persona rows in docs/calibration.md").containsExactlyInAnyOrderElementsOf(files);
        SoftAssertions softly = new SoftAssertions();
        for (String file : files) {
            Scenario scenario = ScenarioRunner.read(PERSONAS.resolve(file + ".yaml"));
            MatchResult result = MATCHER.match(scenario.candidate(), scenario.job());
            String documented = table.get(file);
            Verdict expected = Verdict.valueOf(documented.replace("+", ""));
            if (documented.endsWith("+")) {
                softly.assertThat(result.verdict().atLeast(expected)).as("%s: %s or better, was %s", file, expected,
                        result.verdict()).isTrue();
            } else {
                softly.assertThat(result.verdict()).as("verdict of %s (docs/calibration.md says %s)", file, expected)
                        .isEqualTo(expected);
            }
        }
        softly.assertAll();
    }

    private static final Path POPULATION = Path.of("../examples/src/main/resources/data");
    private static final Pattern DISTRIBUTION_ROW = Pattern.compile("^\\| ([A-Z_]+) \\| [0-9–]+ \\| ([0-9]+) \\|", Pattern.MULTILINE);

    @Test
    void theVerdictDistributionOverTheBundledPopulationIsTheOneThePageGives() throws IOException {
        List<org.threegaps.matcher.model.Candidate> candidates = jsonFiles(POPULATION.resolve("candidates")).stream()
                .map(org.threegaps.matcher.json.Json::readCandidate).toList();
        List<org.threegaps.matcher.model.Job> jobs = jsonFiles(POPULATION.resolve("jobs")).stream()
                .map(org.threegaps.matcher.json.Json::readJob).toList();
        Map<Verdict, Integer> counted = new java.util.EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counted.put(v, 0);
        }
        for (org.threegaps.matcher.model.Candidate c : candidates) {
            for (MatchResult r : MATCHER.matchAll(java.util.Collections.nCopies(jobs.size(), c), jobs)) {
                counted.merge(r.verdict(), 1, Integer::sum);
            }
        }
        Map<Verdict, Integer> documented = new java.util.EnumMap<>(Verdict.class);
        Matcher row = DISTRIBUTION_ROW.matcher(page());
        while (row.find()) {
            documented.put(Verdict.valueOf(row.group(1)), Integer.parseInt(row.group(2)));
        }
        assertThat(documented).as("verdicts over %d candidates x %d jobs (the 'now' column of docs/calibration.md)",
                candidates.size(), jobs.size()).isEqualTo(counted);
    }

    @Test
    void aCandidateKnownOnlyByAnIdIsNeverAPlainMatchOnAnyBundledJob() throws IOException {
        List<org.threegaps.matcher.model.Job> jobs = jsonFiles(POPULATION.resolve("jobs")).stream()
                .map(org.threegaps.matcher.json.Json::readJob).toList();
        org.threegaps.matcher.model.Candidate idOnly = org.threegaps.matcher.model.Candidate.builder("c-id-only").build();

        List<MatchResult> results = MATCHER.matchAll(java.util.Collections.nCopies(jobs.size(), idOnly), jobs);

        assertThat(results).hasSize(jobs.size()).allSatisfy(r -> {
            assertThat(r.verdict()).as("verdict on %s", r.jobId()).isNotEqualTo(Verdict.MATCH);
            if (r.verdict() != Verdict.NOT_YET) {
                assertThat(r.provisional()).as("provisional on %s", r.jobId()).isTrue();
                assertThat(r.toAsk()).as("to ask on %s", r.jobId()).isNotEmpty();
            }
        });
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyRuleIsInTheTableWithItsKindAndPoints() throws IOException {
        Map<String, String> table = new LinkedHashMap<>();
        Matcher row = RULE_ROW.matcher(page());
        while (row.find()) {
            table.put(row.group(1), row.group(2) + " " + row.group(3));
        }
        SoftAssertions softly = new SoftAssertions();
        for (RuleInfo rule : MatcherInternals.ruleBase(MATCHER).catalog().rules()) {
            String points = rule.points() == 0 ? "–" : Integer.toString(rule.points());
            softly.assertThat(table.get(rule.id())).as("row of %s in docs/calibration.md", rule.id())
                    .isEqualTo(rule.kind() + " " + points);
        }
        softly.assertThat(table).as("rules in docs/calibration.md").hasSize(MatcherInternals.ruleBase(MATCHER).catalog().rules().size());
        softly.assertAll();
    }
}
