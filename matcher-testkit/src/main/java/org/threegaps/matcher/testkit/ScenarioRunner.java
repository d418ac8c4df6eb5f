package org.threegaps.matcher.testkit;

import org.threegaps.matcher.internal.MatcherInternals;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.json.JsonInputException;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.MatchResult;

/**
 * Runs scenario files against a matcher. The same runner serves the JUnit factory
 * ({@link ScenarioTests}) and the {@code matcher test} command.
 */
public final class ScenarioRunner {
    // YAML types its own scalars (an unquoted 17 is a number) and they are converted as before, except for
    // whole numbers: a fraction, text or null there is refused
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(Json.wholeNumbers())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Matcher matcher;

    /** @param matcher the matcher whose rule set the scenarios test */
    public ScenarioRunner(Matcher matcher) {
        this.matcher = matcher;
    }

    /**
     * @param directory the folder to search, subfolders included
     * @return every {@code *.yaml} / {@code *.yml} file under {@code directory}, sorted
     */
    public static List<Path> files(Path directory) {
        if (Files.isRegularFile(directory)) {
            return List.of(directory);
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list scenarios in " + directory, e);
        }
    }

    /**
     * Reads a scenario file.
     *
     * @param file a scenario file in YAML
     * @return the scenario
     * @throws JsonInputException located, when the file is not a valid scenario
     */
    public static Scenario read(Path file) {
        try {
            return YAML.readValue(file.toFile(), Scenario.class);
        } catch (IOException e) {
            throw Json.located(file.toString(), e);
        }
    }

    /**
     * @param directory the folder of scenario files, subfolders included
     * @return the outcomes of every scenario file under {@code directory}, in file order
     */
    public List<ScenarioOutcome> runAll(Path directory) {
        return files(directory).stream().map(this::run).toList();
    }

    /**
     * @param file a scenario file in YAML
     * @return the outcome of one scenario file; a file that cannot be read is a failed outcome
     */
    public ScenarioOutcome run(Path file) {
        Scenario scenario;
        Candidate candidate;
        Job job;
        try {
            scenario = read(file);
            candidate = scenario.candidate() != null ? scenario.candidate()
                    : Json.readCandidate(file.resolveSibling(scenario.candidateFile()));
            job = scenario.job() != null ? scenario.job() : Json.readJob(file.resolveSibling(scenario.jobFile()));
        } catch (JsonInputException | UncheckedIOException e) {
            return new ScenarioOutcome(file, file.getFileName().toString(), List.of(e.getMessage()), null, null);
        }
        MatchResult result = matcher.match(candidate, job);
        ResultTexts texts = matcher.texts();
        List<String> failures = new ArrayList<>(unknownRules(scenario.expect()));
        failures.addAll(check(scenario.expect(), result, texts));
        return new ScenarioOutcome(file, scenario.name(), failures, result, texts);
    }

    /**
     * A scenario that names a rule the rule set does not have can never fail on it ({@code doesNotFire}) or
     * always fails without saying why ({@code fires}): both are errors in the scenario, named as such.
     */
    private List<String> unknownRules(Scenario.Expectations expect) {
        List<String> ids = MatcherInternals.ruleBase(matcher).catalog().rules().stream().map(org.threegaps.matcher.engine.RuleInfo::id).toList();
        List<String> failures = new ArrayList<>();
        for (String id : java.util.stream.Stream.concat(expect.fires().stream(), expect.doesNotFire().stream()).toList()) {
            if (!ids.contains(id)) {
                failures.add("rule " + id + " does not exist in the rule set");
            }
        }
        return failures;
    }

    static List<String> check(Scenario.Expectations expect, MatchResult result, ResultTexts texts) {
        List<String> failures = new ArrayList<>();
        if (expect.verdict() != null && result.verdict() != expect.verdict()) {
            failures.add("verdict: expected " + expect.verdict() + ", was " + result.verdict());
        }
        if (expect.verdictAtLeast() != null && !result.verdict().atLeast(expect.verdictAtLeast())) {
            failures.add("verdict: expected " + expect.verdictAtLeast() + " or better, was " + result.verdict());
        }
        if (expect.provisional() != null && result.provisional() != expect.provisional()) {
            failures.add("provisional: expected " + expect.provisional() + ", was " + result.provisional()
                    + " (to ask " + result.toAsk() + ")");
        }
        for (String field : expect.toAsk()) {
            if (!result.toAsk().contains(field)) {
                failures.add("toAsk: expected " + field + " to be listed, was " + result.toAsk());
            }
        }
        for (Map.Entry<Gap, List<Integer>> e : expect.scores().entrySet()) {
            int score = result.score(e.getKey());
            if (score < e.getValue().get(0) || score > e.getValue().get(1)) {
                failures.add("score " + e.getKey() + ": expected " + e.getValue().get(0) + ".." + e.getValue().get(1)
                        + ", was " + score);
            }
        }
        for (String id : expect.fires()) {
            if (!result.fired(id)) {
                failures.add("rule " + id + " should fire but did not");
            }
        }
        for (String id : expect.doesNotFire()) {
            if (result.fired(id)) {
                failures.add("rule " + id + " should not fire but did");
            }
        }
        for (Map.Entry<String, List<String>> e : expect.textContains().entrySet()) {
            Locale locale = Locale.forLanguageTag(e.getKey());
            List<String> lines = result.findings().stream().map((Finding f) -> texts.finding(result, f, locale)).toList();
            for (String needle : e.getValue()) {
                if (lines.stream().noneMatch(t -> t.contains(needle))) {
                    failures.add("text (" + e.getKey() + "): no finding contains \"" + needle + "\"");
                }
            }
        }
        for (String field : expect.unknowns()) {
            if (!result.unknowns().contains(field)) {
                failures.add("unknowns: expected " + field + " to be listed, was " + result.unknowns());
            }
        }
        return failures;
    }
}
