package org.threegaps.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.engine.RuleSource;
import org.threegaps.matcher.engine.Screen;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;
import org.threegaps.matcher.testkit.generate.RandomModels;

/**
 * The screen's run-time self-check. Here a rule of degree (MO-99, higher salience) shares an activation group with
 * the essential MO-01, so in the full rule set it takes MO-01's place; the screen, which holds MO-01 alone, still
 * blocks those pairs. The sampled left-out pairs show it: the ranking falls back to full scoring, lists what full
 * scoring lists, and so do later rankings and batches on that rule set. In this package to see the engine.
 */
class ScreenFallbackTest {
    private static final String MO_01_HEAD = "    @needs(\"candidate.home job.location candidate.transportModes\")\n"
            + "    @levers(\"TRANSPORT_ARRANGEMENT DRIVING_LICENCE\")\nwhen\n    $p : Pair( commute.known,\n"
            + "               commute.bestMode != null,";

    @Test
    void aLeftOutPairThatScoresBetterTurnsTheScreenOffAndTheListsStayWhole() {
        RuleSource defaults = RuleSource.defaults();
        String mobility = defaults.text("mobility.drl");
        assertThat(mobility).contains(MO_01_HEAD);
        mobility = mobility.replace(MO_01_HEAD, MO_01_HEAD.replace("\nwhen\n", "\n    activation-group \"reach\"\nwhen\n"))
                + """

                rule "MO-99 out of reach, noted only"
                    @id("MO-99") @gap("ORGANISATION") @area("mobility") @kind("INFORMATION") @source("test")
                    salience 10
                    activation-group "reach"
                when
                    $p : Pair( commute.known, commute.bestMode != null,
                               commute.bestMinutes > commute.limitMinutes * policy.number("commute.unreachable.factor") )
                then
                    $p.report(kcontext);
                end
                """;
        RuleSource changed = defaults.with("mobility.drl", mobility)
                .with("messages_nl.properties", defaults.text("messages_nl.properties") + "\nMO-99=Ver weg.\n")
                .with("messages_en.properties", defaults.text("messages_en.properties") + "\nMO-99=Far away.\n");
        Matcher screened = Matcher.withRules(changed).screenCheck(1).build();
        Matcher full = Matcher.withRules(changed).screen(false).build();
        Random random = new Random(20_261_206L);
        List<Candidate> candidates = RandomModels.candidates(random, 60);
        List<Job> jobs = RandomModels.jobs(random, 150);

        // the screen and the full rule set part here, and the self-check names the rule
        String named = firstContradiction(screened, candidates.get(0), jobs);
        assertThat(named).contains("MO-01");

        assertThat(screened.engine().screenHolds().get()).isTrue();
        for (Candidate candidate : candidates.subList(0, 10)) {
            assertThat(json(screened.rankJobs(candidate, jobs).atLeast(Verdict.AFTER_REDESIGN).top(10)))
                    .isEqualTo(json(full.rankJobs(candidate, jobs).atLeast(Verdict.AFTER_REDESIGN).top(10)));
        }
        assertThat(screened.engine().screenHolds().get()).as("the screen is off for this rule set").isFalse();
        List<MatchResult> batch = screened.batch().atLeast(Verdict.AFTER_REDESIGN).runAll(Batch.product(candidates, jobs));
        assertThat(json(batch)).isEqualTo(json(full.batch().runAll(Batch.product(candidates, jobs)).stream()
                .filter(r -> r.verdict().atLeast(Verdict.AFTER_REDESIGN)).toList()));
    }

    @Test
    void aBatchFallsBackOnTheChunkThatShowsIt() {
        RuleSource defaults = RuleSource.defaults();
        String mobility = defaults.text("mobility.drl");
        mobility = mobility.replace(MO_01_HEAD, MO_01_HEAD.replace("\nwhen\n", "\n    activation-group \"reach\"\nwhen\n"))
                + "\nrule \"MO-99 out of reach, noted only\"\n    @id(\"MO-99\") @gap(\"ORGANISATION\") @area(\"mobility\")"
                + " @kind(\"INFORMATION\") @source(\"test\")\n    salience 10\n    activation-group \"reach\"\nwhen\n"
                + "    $p : Pair( commute.known, commute.bestMode != null,\n"
                + "               commute.bestMinutes > commute.limitMinutes * policy.number(\"commute.unreachable.factor\") )\n"
                + "then\n    $p.report(kcontext);\nend\n";
        RuleSource changed = defaults.with("mobility.drl", mobility)
                .with("messages_nl.properties", defaults.text("messages_nl.properties") + "\nMO-99=Ver weg.\n")
                .with("messages_en.properties", defaults.text("messages_en.properties") + "\nMO-99=Far away.\n");
        Matcher screened = Matcher.withRules(changed).screenCheck(1).build();
        Matcher full = Matcher.withRules(changed).screen(false).build();
        Random random = new Random(20_261_207L);
        List<Candidate> candidates = RandomModels.candidates(random, 40);
        List<Job> jobs = RandomModels.jobs(random, 100);

        List<MatchResult> batch = screened.batch().threads(1).atLeast(Verdict.AFTER_REDESIGN)
                .runAll(Batch.product(candidates, jobs));
        assertThat(screened.engine().screenHolds().get()).isFalse();
        assertThat(json(batch)).isEqualTo(json(full.batch().runAll(Batch.product(candidates, jobs)).stream()
                .filter(r -> r.verdict().atLeast(Verdict.AFTER_REDESIGN)).toList()));
    }

    private static String firstContradiction(Matcher matcher, Candidate candidate, List<Job> jobs) {
        Screen screen = matcher.ruleBase().screen();
        List<Candidate> cs = new ArrayList<>();
        List<PairFeatures> fs = new ArrayList<>();
        for (Job job : jobs) {
            cs.add(candidate);
            fs.add(matcher.features().derive(candidate, job));
        }
        List<Screen.Outcome> outcomes = screen.screen(cs, jobs, fs);
        List<MatchResult> results = matcher.matchAll(cs, jobs);
        for (int i = 0; i < jobs.size(); i++) {
            String wrong = Screen.contradiction(outcomes.get(i), results.get(i));
            if (wrong != null) {
                return wrong;
            }
        }
        return "none";
    }

    private static List<String> json(List<MatchResult> results) {
        return results.stream().map(r -> Json.write(r, Locale.forLanguageTag("en"))).toList();
    }
}
