package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.threegaps.matcher.internal.MatcherInternals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.Batch;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.engine.RuleInfo;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.engine.Screen;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;
import org.threegaps.matcher.testkit.generate.RandomModels;

/**
 * Screen, then score: the screen is the rule set's own essential rules, and every ranking and batch that uses it
 * lists exactly what full scoring of every pair lists, byte for byte (each result's whole JSON document), on the
 * bundled data and on generated populations.
 */
class ScreenTest {
    private static final Matcher SCREENED = Matcher.withDefaultRules().screenCheck(1).build();
    private static final Matcher FULL = Matcher.withDefaultRules().screen(false).build();
    private static final Path DATA = Path.of("../examples/src/main/resources/data");
    private static final List<Candidate> CANDIDATES = new ArrayList<>();
    private static final List<Job> JOBS = new ArrayList<>();

    static {
        Random random = new Random(20_261_206L);
        for (int i = 0; i < 200; i++) {
            CANDIDATES.add(RandomModels.candidate(random, "c-" + i));
            JOBS.add(RandomModels.job(random, "j-" + i));
        }
    }

    @Test
    void theScreenIsTheEssentialRulesOfTheSameFiles() {
        List<String> essential = MatcherInternals.ruleBase(SCREENED).catalog().rules().stream().filter(r -> r.kind().essential())
                .map(RuleInfo::id).sorted().toList();
        assertThat(MatcherInternals.ruleBase(SCREENED).screen().ruleIds()).isEqualTo(essential).contains("MO-01", "MO-09", "SK-01");
    }

    @Test
    void aRulesPartsAreReadByDroolsOwnParserNotByHand() {
        RuleInfo mo09 = MatcherInternals.ruleBase(SCREENED).catalog().byId("MO-09").orElseThrow();
        assertThat(mo09.conditions()).isEqualTo(
                "$p : Pair(commute.known, commute.bestMode == null, !job.supports.offers(Support.TRANSPORT_ARRANGEMENT), $km : commute.km)");
        assertThat(mo09.attributes()).isEmpty();
        assertThat(mo09.consequence()).isEqualTo("$p.report(kcontext, $km);");
        assertThat(MatcherInternals.ruleBase(SCREENED).catalog().byId("SK-01").orElseThrow().conditions())
                .startsWith("$r : RequirementFit($p : pair, ").doesNotContain(" from ");
        // comments inside the conditions are not part of them
        assertThat(MatcherInternals.ruleBase(SCREENED).catalog().byId("CA-04").orElseThrow().conditions()).doesNotContain("//", "stated");
    }

    @Test
    void rankingsOfGeneratedPopulationsAreThoseOfFullScoring() {
        for (Candidate candidate : CANDIDATES.subList(0, 25)) {
            for (Verdict atLeast : Verdict.values()) {
                for (int n : new int[] {1, 10, 1000}) {
                    assertThat(json(SCREENED, SCREENED.rankJobs(candidate, JOBS).atLeast(atLeast).top(n)))
                            .as("top %d jobs for %s at least %s", n, candidate.id(), atLeast)
                            .isEqualTo(json(FULL, FULL.rankJobs(candidate, JOBS).atLeast(atLeast).top(n)));
                }
            }
        }
        for (Job job : JOBS.subList(0, 25)) {
            for (Verdict atLeast : List.of(Verdict.NOT_YET, Verdict.AFTER_REDESIGN, Verdict.MATCH)) {
                assertThat(json(SCREENED, SCREENED.rankCandidates(job, CANDIDATES).atLeast(atLeast).top(20)))
                        .as("top 20 candidates for %s at least %s", job.id(), atLeast)
                        .isEqualTo(json(FULL, FULL.rankCandidates(job, CANDIDATES).atLeast(atLeast).top(20)));
            }
        }
        assertThat(MatcherInternals.ruleBase(SCREENED).screen()).isNotNull();
    }

    @Test
    void rankingsOfTheBundledDataAreThoseOfFullScoring() throws IOException {
        List<Candidate> candidates = files(DATA.resolve("candidates")).stream().map(Json::readCandidate).toList();
        List<Job> jobs = files(DATA.resolve("jobs")).stream().map(Json::readJob).toList();
        for (Candidate candidate : candidates) {
            for (int n : new int[] {3, 20}) {
                assertThat(json(SCREENED, SCREENED.rankJobs(candidate, jobs).top(n))).as(candidate.id())
                        .isEqualTo(json(FULL, FULL.rankJobs(candidate, jobs).top(n)));
            }
        }
        for (Job job : jobs) {
            assertThat(json(SCREENED, SCREENED.rankCandidates(job, candidates).atLeast(Verdict.AFTER_REDESIGN).top(5)))
                    .as(job.id()).isEqualTo(json(FULL, FULL.rankCandidates(job, candidates).atLeast(Verdict.AFTER_REDESIGN).top(5)));
        }
    }

    @Test
    void aBatchAtLeastAVerdictHandsOnWhatFullScoringHandsOn() {
        List<Candidate> some = CANDIDATES.subList(0, 60);
        for (Verdict atLeast : Verdict.values()) {
            List<String> leftOut = new ArrayList<>();
            List<MatchResult> screened = new ArrayList<>();
            SCREENED.batch().threads(2).atLeast(atLeast).run(Batch.product(some, JOBS), screened::add,
                    out -> leftOut.add(out.candidate().id() + "×" + out.job().id()));
            List<MatchResult> full = FULL.batch().threads(2).runAll(Batch.product(some, JOBS)).stream()
                    .filter(r -> r.verdict().atLeast(atLeast)).toList();
            assertThat(json(SCREENED, screened)).as("at least " + atLeast).isEqualTo(json(FULL, full));
            if (atLeast != Verdict.NOT_YET) {
                assertThat(screened.size() + leftOut.size()).as("every pair scored or left out, at least " + atLeast)
                        .isEqualTo(some.size() * JOBS.size());
                assertThat(leftOut).as("left out, at least " + atLeast).isNotEmpty();
            } else {
                assertThat(leftOut).isEmpty();
            }
        }
    }

    /**
     * The self-check as a test: every pair of a generated population is screened and fully scored; full scoring
     * never does better than the screen promised, and for a job with at most one roster the screen is exact.
     */
    @Test
    void theScreenNeverPromisesLessThanFullScoringGivesAndIsExactOnOneRoster() {
        Screen screen = MatcherInternals.ruleBase(FULL).screen();
        List<Candidate> cs = new ArrayList<>();
        List<Job> js = new ArrayList<>();
        for (Candidate c : CANDIDATES.subList(0, 100)) {
            for (Job j : JOBS.subList(0, 150)) {
                cs.add(c);
                js.add(j);
            }
        }
        List<MatchResult> full = FULL.matchAll(cs, js);
        int leftOutAfterRedesign = 0;
        int exact = 0;
        for (int from = 0; from < cs.size(); from += 250) {
            int to = Math.min(cs.size(), from + 250);
            List<org.threegaps.matcher.features.PairFeatures> fs = new ArrayList<>();
            for (int i = from; i < to; i++) {
                fs.add(MatcherInternals.features(FULL).derive(cs.get(i), js.get(i)));
            }
            List<Screen.Outcome> outcomes = screen.screen(cs.subList(from, to), js.subList(from, to), fs);
            for (int k = 0; k < outcomes.size(); k++) {
                MatchResult result = full.get(from + k);
                assertThat(Screen.contradiction(outcomes.get(k), result)).isNull();
                if (js.get(from + k).rosters().size() <= 1) {
                    Screen.Outcome actual = Screen.Outcome.of(result);
                    assertThat(outcomes.get(k)).as(result.candidateId() + " × " + result.jobId()).isEqualTo(actual);
                    exact++;
                }
                leftOutAfterRedesign += outcomes.get(k).canReach(Verdict.AFTER_REDESIGN) ? 0 : 1;
            }
        }
        assertThat(exact).isGreaterThan(cs.size() / 4);
        // not vacuous: a listing ranking leaves most of these pairs unscored
        assertThat(leftOutAfterRedesign).isGreaterThan(cs.size() / 3);
    }

    /**
     * A batch that lists "after redesign" or better leaves a pair out of reach with MO-01's bound alone, without
     * deriving or screening it; the list is still full scoring's. Not vacuous: full scoring finds more essential
     * gaps for some of those pairs, which the batch never looked for.
     */
    @Test
    void aPairOutOfReachIsLeftOutOnItsReachAlone() {
        Matcher matcher = Matcher.withDefaultRules().build(); // the default self-check: one left-out pair in 1,000
        Random random = new Random(20_261_209L);
        List<Candidate> cs = RandomModels.candidates(random, 40);
        List<Job> js = RandomModels.jobs(random, 120);
        List<MatchResult> passed = new ArrayList<>();
        List<Batch.LeftOut> leftOut = new ArrayList<>();

        matcher.batch().threads(1).atLeast(Verdict.AFTER_REDESIGN).run(Batch.product(cs, js), passed::add, leftOut::add);

        List<MatchResult> full = FULL.batch().threads(1).runAll(Batch.product(cs, js));
        assertThat(json(matcher, passed)).isEqualTo(json(FULL, full.stream()
                .filter(r -> r.verdict().atLeast(Verdict.AFTER_REDESIGN)).toList()));
        java.util.Map<String, MatchResult> fullByPair = new java.util.HashMap<>();
        full.forEach(r -> fullByPair.put(r.candidateId() + " " + r.jobId(), r));
        long onReachAlone = leftOut.stream().filter(l -> l.essentials().equals(List.of("MO-01")))
                .filter(l -> Screen.Outcome.of(fullByPair.get(l.candidate().id() + " " + l.job().id())).essentials().size() > 1)
                .count();
        assertThat(onReachAlone).isPositive();
        assertThat(matcher.screenHolds()).isTrue();
    }

    @Test
    void anAnalystsEditToAnEssentialRuleChangesTheScreen() {
        // MO-01 now blocks only beyond three times the limit: the pairs between 1.5× and 3× must now be scored. Its
        // conditions read more than the reach, so no pair is left out on its reach alone any more either.
        RuleSource defaults = RuleSource.defaults();
        String mobility = defaults.text("mobility.drl").replace("$p : Pair( commute.outOfReach, ",
                "$p : Pair( commute.outOfReach, commute.bestMinutes > commute.limitMinutes * 3, ");
        assertThat(mobility).isNotEqualTo(defaults.text("mobility.drl"));
        Matcher changed = Matcher.withRules(defaults.with("mobility.drl", mobility)).screenCheck(1).build();
        assertThat(MatcherInternals.ruleBase(changed).screen().farRuleIds()).isEmpty();
        assertThat(MatcherInternals.ruleBase(SCREENED).screen().farRuleIds()).containsExactly("MO-01");
        Matcher changedFull = Matcher.withRules(defaults.with("mobility.drl", mobility)).screen(false).build();
        int listedOnlyNow = 0;
        for (Candidate candidate : CANDIDATES.subList(0, 20)) {
            List<MatchResult> listed = changed.rankJobs(candidate, JOBS).atLeast(Verdict.AFTER_REDESIGN).all();
            assertThat(json(changed, listed)).isEqualTo(json(changedFull, changedFull.rankJobs(candidate, JOBS).atLeast(Verdict.AFTER_REDESIGN).all()));
            List<String> before = SCREENED.rankJobs(candidate, JOBS).atLeast(Verdict.AFTER_REDESIGN).all().stream()
                    .map(MatchResult::jobId).toList();
            listedOnlyNow += (int) listed.stream().filter(r -> !before.contains(r.jobId())).count();
        }
        // not vacuous: the shipped screen would have left these pairs out
        assertThat(listedOnlyNow).isPositive();
    }

    private static List<String> json(Matcher matcher, List<MatchResult> results) {
        return results.stream().map(r -> Json.write(matcher.texts().document(r, Locale.forLanguageTag("nl")))).toList();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
