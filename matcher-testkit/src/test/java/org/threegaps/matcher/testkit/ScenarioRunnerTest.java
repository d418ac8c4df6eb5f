package org.threegaps.matcher.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.json.JsonInputException;

class ScenarioRunnerTest {
    private static final String DRL = """
            package t;
            import org.threegaps.matcher.features.Pair;
            global org.threegaps.matcher.features.Policy policy;
            rule "T-01 long commute"
                @id("T-01") @gap("ORGANISATION") @area("test") @kind("PENALTY") @source("test")
                @levers("TRANSPORT_ARRANGEMENT")
            when
                $p : Pair( commute.reachable(), commute.bestMinutes > commute.limitMinutes, $minutes : commute.bestMinutes )
            then
                $p.report(kcontext, $minutes);
            end
            """;
    private static final String POLICY = """
            gap.weight.skill = 1
            gap.weight.search = 1
            gap.weight.organisation = 1
            commute.detourFactor = 1.3
            commute.speedKmh.walk = 4.5
            commute.speedKmh.bike = 15
            commute.speedKmh.publicTransport = 22
            commute.speedKmh.car = 45
            commute.publicTransport.waitMinutes = 15
            commute.unreachable.factor = 1.5
            commute.default.maxMinutes = 45
            schedule.night.startHour = 22
            schedule.night.endHour = 6
            language.workingLanguage.minLevel = B1
            onboarding.intensive.monthsSinceWork = 24
            care.conflict.blocker.minDays = 3
            care.conflict.blocker.minMinutes = 120
            night.blocker.minMinutes = 480
            availability.large.minMinutes = 240
            hours.blocker.minShortfall = 8
            trainability.onJob.maxWeeks = 12
            T-01.points = 40
            """;
    private static final Matcher MATCHER = Matcher.withRules(RuleSource.of("test", Map.of("t.drl", DRL,
            "policy.properties", POLICY, "messages_nl.properties", "T-01=Woon-werk {0} min.",
            "messages_en.properties", "T-01=Commute {0} min."))).build();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static final String FAR = """
            name: far away
            candidate: { id: c, home: { postcode: "3600" }, transportModes: [PUBLIC_TRANSPORT], maxCommuteMinutes: 30 }
            jobFile: jobs/antwerp.json
            """;

    @Test
    void passingScenarioWithJobFromAFileRelativeToTheScenario() throws IOException {
        write("jobs/antwerp.json", "{\"id\": \"j\", \"location\": {\"postcode\": \"2000\"}, \"hoursMin\": 38, \"hoursMax\": 38}");
        Path file = write("far.yaml", FAR + """
                expect:
                  verdict: MATCH
                  provisional: false
                  scores: { ORGANISATION: [60, 60], SKILL: [100, 100] }
                  fires: [T-01]
                  textContains: { nl: ["Woon-werk"], en: ["Commute"] }
                  unknowns: [job.rosters]
                """);
        ScenarioOutcome outcome = new ScenarioRunner(MATCHER).run(file);
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.name()).isEqualTo("far away");
    }

    @Test
    void everyBrokenExpectationIsNamedWithExpectedAndActualAndTheFindingsAreListed() throws IOException {
        write("jobs/antwerp.json", "{\"id\": \"j\", \"location\": {\"postcode\": \"2000\"}, \"hoursMin\": 38, \"hoursMax\": 38}");
        Path file = write("far.yaml", FAR + """
                expect:
                  verdict: NOT_YET
                  provisional: true
                  toAsk: [candidate.home]
                  scores: { ORGANISATION: [90, 100] }
                  doesNotFire: [T-01]
                  fires: [T-99]
                  textContains: { nl: ["fiets"] }
                  unknowns: [candidate.home]
                """);
        ScenarioOutcome outcome = new ScenarioRunner(MATCHER).run(file);
        assertThat(outcome.failures()).containsExactly(
                "rule T-99 does not exist in the rule set",
                "verdict: expected NOT_YET, was MATCH",
                "provisional: expected true, was false (to ask [])",
                "toAsk: expected candidate.home to be listed, was []",
                "score ORGANISATION: expected 90..100, was 60",
                "rule T-99 should fire but did not",
                "rule T-01 should not fire but did",
                "text (nl): no finding contains \"fiets\"",
                "unknowns: expected candidate.home to be listed, was [candidate.maxHoursPerWeek, job.rosters]");
        assertThat(outcome.report()).startsWith("FAIL " + file).contains("T-01 PENALTY 40: Woon-werk");
    }

    @Test
    void unreadableScenarioIsALocatedFailureNotAnException() throws IOException {
        Path file = write("bad.yaml", """
                name: bad
                candidate: { id: c, transportModes: [HELICOPTER] }
                job: { id: j, hoursMin: 0, hoursMax: 38 }
                """);
        ScenarioOutcome outcome = new ScenarioRunner(MATCHER).run(file);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.failures()).singleElement().asString()
                .contains("bad.yaml").contains("$.candidate.transportModes[0]").contains("HELICOPTER");
    }

    @Test
    void aFractionForAWholeNumberIsRefusedNotCut() throws IOException {
        Path file = write("fraction.yaml", """
                name: fraction
                candidate: { id: c, maxCommuteMinutes: 45.5 }
                job: { id: j, hoursMin: 0, hoursMax: 38.0 }
                """);

        assertThatThrownBy(() -> ScenarioRunner.read(file)).isInstanceOf(JsonInputException.class)
                .hasMessageContaining("$.candidate.maxCommuteMinutes: expected a whole number, was 45.5");
        assertThat(ScenarioRunner.read(write("whole.yaml", "name: whole\ncandidate: { id: c, maxCommuteMinutes: 45.0 }\n"
                + "job: { id: j, hoursMin: 0, hoursMax: 38 }\n")).candidate().maxCommuteMinutes()).isEqualTo(45);
    }

    @Test
    void scenarioNeedsEitherAnInlineCandidateOrAFile() throws IOException {
        Path file = write("both.yaml", "name: x\njob: { id: j, hoursMin: 0, hoursMax: 38 }\n");
        assertThatThrownBy(() -> ScenarioRunner.read(file)).isInstanceOf(JsonInputException.class)
                .hasMessageContaining("give either candidate or candidateFile");
    }

    @Test
    void factoryMakesOneDynamicTestPerFile() throws IOException {
        write("a.yaml", "name: a\ncandidate: { id: c }\njob: { id: j, hoursMin: 0, hoursMax: 38 }\n");
        write("sub/b.yml", "name: b\ncandidate: { id: c }\njob: { id: j, hoursMin: 0, hoursMax: 38 }\n");
        assertThat(ScenarioTests.from(MATCHER, dir)).extracting(t -> t.getDisplayName())
                .containsExactly("a.yaml", "sub/b.yml");
    }
}
