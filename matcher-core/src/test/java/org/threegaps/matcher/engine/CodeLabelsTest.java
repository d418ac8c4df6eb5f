package org.threegaps.matcher.engine;

import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.RuleProblem;
import org.threegaps.matcher.features.Policy;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.internal.MatcherInternals;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.json.ResultDocument;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Evidence;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.Requirement;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Finding.Argument;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.support.TestRules;

/**
 * A code in a finding travels as a typed argument ({@code $r.asCode()}) and is shown as its label from
 * the rule set's vocabulary.properties in the reader's language; a code without a label is shown as
 * itself and warned about once.
 */
class CodeLabelsTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final String ASKS_RULE = """
            package org.threegaps.rules.test;
            import org.threegaps.matcher.features.Pair;
            import org.threegaps.matcher.features.RequirementFit;
            global org.threegaps.matcher.features.Policy policy;
            rule "T-09 the job asks for what the candidate does not have"
                @id("T-09") @gap("SKILL") @area("test") @kind("INFORMATION") @source("test")
            when
                $p : Pair()
                $r : RequirementFit( missing, $level : requirement.minLevel ) from $p.requirements
            then
                $p.report(kcontext, $r.asCode(), $level);
            end
            """;
    private static final String VOCABULARY = """
            # test labels
            forklift.nl = heftruck rijden
            forklift.en = forklift driving
            forklift.esco = http://data.europa.eu/esco/skill/test-forklift
            """;
    private static final Candidate CANDIDATE = Candidate.builder("c").home(Location.postcode("3500"))
            .competence("cleaning", 2, Evidence.WORK_EXPERIENCE).build();

    /** @return the test rule set with T-09, which reports a missing requirement's code, and {@code vocabulary} */
    private static RuleSource rules(String vocabulary) {
        RuleSource source = TestRules.source().with("asks.drl", ASKS_RULE)
                .with("messages_nl.properties", TestRules.source().text("messages_nl.properties")
                        + "T-09=De job vraagt '{0}' op niveau {1}.\n")
                .with("messages_en.properties", TestRules.source().text("messages_en.properties")
                        + "T-09=The job asks for '{0}' at level {1}.\n");
        return vocabulary == null ? source : source.with(RuleSource.VOCABULARY, vocabulary);
    }

    private static Job asking(String code) {
        return Job.builder("j").location(Location.postcode("3500")).requirement(Requirement.competence(code, 2)).build();
    }

    private static Finding t09(MatchResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("T-09")).findFirst()
                .orElseThrow(() -> new AssertionError("T-09 did not fire: " + result.findings()));
    }

    @Test
    void aCodeIsShownAsItsLabelInTheReadersLanguage() {
        Matcher matcher = Matcher.withRules(rules(VOCABULARY)).build();
        MatchResult result = matcher.match(CANDIDATE, asking("forklift"));
        Finding finding = t09(result);

        assertThat(matcher.texts().finding(result, finding, NL)).isEqualTo("De job vraagt 'heftruck rijden' op niveau 2.");
        assertThat(matcher.texts().finding(result, finding, Locale.ENGLISH)).isEqualTo("The job asks for 'forklift driving' at level 2.");
        assertThat(finding.args()).containsExactly(Argument.code("forklift"), Argument.number(2));
    }

    @Test
    void theJsonValuesHoldThePlainCodeAndTheTextItsLabel() {
        Matcher matcher = Matcher.withRules(rules(VOCABULARY)).build();
        MatchResult result = matcher.match(CANDIDATE, asking("forklift"));

        ResultDocument.FindingView view = matcher.texts().document(result, Locale.ENGLISH).findings().stream()
                .filter(f -> f.ruleId().equals("T-09")).findFirst().orElseThrow();

        assertThat(view.values()).containsExactly("forklift", "2");
        assertThat(view.text()).isEqualTo("The job asks for 'forklift driving' at level 2.");
    }

    @Test
    void aCodeWithoutALabelIsShownAsItselfAndWarnedAboutOnce() {
        Matcher matcher = Matcher.withRules(rules(VOCABULARY)).build();
        MatchResult result = matcher.match(CANDIDATE, asking("welding"));
        Finding finding = t09(result);
        ResultTexts texts = matcher.texts();

        String log = stderrOf(() -> {
            assertThat(texts.finding(result, finding, NL)).isEqualTo("De job vraagt 'welding' op niveau 2.");
            assertThat(texts.finding(result, finding, Locale.ENGLISH)).isEqualTo("The job asks for 'welding' at level 2.");
            assertThat(texts.finding(result, finding, NL)).isEqualTo("De job vraagt 'welding' op niveau 2.");
        });

        assertThat(MatcherInternals.ruleBase(matcher).messages().unlabelledCodes()).containsExactly("welding");
        assertThat(Arrays.stream(log.split("\\R")).filter(line -> line.contains("welding")))
                .singleElement().asString().contains("WARN")
                .contains("code \"welding\" has no label in vocabulary.properties; it is shown as it is");
    }

    @Test
    void aRuleSetWithoutAVocabularyLoadsAndShowsCodesAsTheyAre() {
        Matcher matcher = Matcher.withRules(rules(null)).build();
        MatchResult result = matcher.match(CANDIDATE, asking("forklift"));

        assertThat(matcher.texts().finding(result, t09(result), Locale.ENGLISH)).isEqualTo("The job asks for 'forklift' at level 2.");
        assertThat(RuleCompiler.verify(rules(null))).isEmpty();
    }

    @Test
    void verifyLocatesAMalformedVocabularyLine() {
        RuleSource broken = rules(VOCABULARY + "welding.nl lassen\n");

        assertThat(RuleCompiler.verify(broken)).extracting(RuleProblem::toString).containsExactly(
                "vocabulary.properties:5:1: error: \"welding.nl lassen\" is not of the form <code>.nl = label, "
                        + "<code>.en = label or <code>.esco = URI");
    }

    @Test
    void verifyLocatesACodeWithoutItsEnglishLabel() {
        RuleSource broken = rules(VOCABULARY + "\nwelding.nl = lassen\n");

        assertThat(RuleCompiler.verify(broken)).extracting(RuleProblem::toString).containsExactly(
                "vocabulary.properties:6:1: error: code welding needs a Dutch and an English label; welding.en is missing");
    }

    @Test
    void theFingerprintCoversTheVocabulary() {
        String before = rules(VOCABULARY).fingerprint();

        assertThat(rules(VOCABULARY.replace("heftruck rijden", "heftruck besturen")).fingerprint()).isNotEqualTo(before);
        assertThat(rules(null).fingerprint()).isNotEqualTo(before);
        assertThat(Matcher.withRules(rules(VOCABULARY)).build().fingerprint()).isEqualTo(before);
    }

    @Test
    void aRulesDirectoryReadsItsVocabulary(@TempDir Path folder) throws Exception {
        RuleSource source = rules(VOCABULARY);
        for (String name : source.names()) {
            Files.write(folder.resolve(name), source.bytes(name));
        }

        assertThat(RuleSource.directory(folder).names()).contains(RuleSource.VOCABULARY);
        assertThat(RuleSource.directory(folder).fingerprint()).isEqualTo(source.fingerprint());
    }

    private static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFindingKeptBeforeCodesWereTypedReadsWithoutCodes() throws Exception {
        String kept = """
                {"ruleId": "T-09", "gap": "SKILL", "area": "test", "kind": "INFORMATION", "points": 0,
                 "messageKey": "T-09", "args": ["forklift", "2"], "levers": []}""";

        Finding finding = Json.mapper().readValue(kept, Finding.class);

        assertThat(finding.args()).containsExactly(Argument.text("forklift"), Argument.number(2));
        Finding now = t09(Matcher.withRules(rules(VOCABULARY)).build().match(CANDIDATE, asking("forklift")));
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(now), Finding.class)).isEqualTo(now);
    }

    @Test
    void aFindingKeptWithCodePositionsAndMarkersReadsAsTypedArguments() throws Exception {
        String kept = """
                {"ruleId": "T-09", "gap": "SKILL", "area": "test", "kind": "INFORMATION", "points": 0,
                 "messageKey": "T-09", "args": ["forklift", "2", "#MONDAY", "@ar", "#candidate.home", "#en", "06:00-14:00", "12.50"],
                 "levers": [], "codeArgs": [0]}""";

        Finding finding = Json.mapper().readValue(kept, Finding.class);

        assertThat(finding.args()).containsExactly(Argument.code("forklift"), Argument.number(2), Argument.value("MONDAY"),
                Argument.language("ar"), Argument.field("candidate.home"), Argument.language("en"),
                Argument.text("06:00-14:00"), Argument.number("12.50"));
    }
}
