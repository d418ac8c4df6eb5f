package org.threegaps.matcher.advisor;

import org.threegaps.matcher.internal.MatcherInternals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.threegaps.matcher.advisor.AdvisorFixtures.MATCHER;
import static org.threegaps.matcher.advisor.AdvisorFixtures.candidate;
import static org.threegaps.matcher.advisor.AdvisorFixtures.cashier;
import static org.threegaps.matcher.advisor.AdvisorFixtures.early;
import static org.threegaps.matcher.advisor.AdvisorFixtures.singleParent;
import static org.threegaps.matcher.advisor.AdvisorFixtures.tillStaysCashier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.result.Advice;
import org.threegaps.matcher.result.Advice.AskEmployer;
import org.threegaps.matcher.result.Advice.CandidateAdvice;
import org.threegaps.matcher.result.Advice.Change;
import org.threegaps.matcher.result.Advice.JobAdvice;
import org.threegaps.matcher.result.Advice.OptionReach;
import org.threegaps.matcher.result.Advice.StepReach;
import org.threegaps.matcher.result.Advice.Suggestion;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

class AdvisorTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Locale EN = Locale.ENGLISH;
    private static final ResultTexts TEXTS = MATCHER.texts();

    @Test
    void newcomerWithA2DutchStartsWithBackOfficeTasks() {
        // GIVEN a newcomer with A2 Dutch and a cashier job whose till asks B1 from the first day and
        // cannot go to a colleague
        Candidate newcomer = candidate("c-newcomer", Cefr.A2).build();
        Job cashier = tillStaysCashier().build();

        // WHEN the advisor looks for changes
        Advice advice = MATCHER.advise(newcomer, cashier);

        // THEN the pair does not work as it stands, and the best redesign is to defer the till: coaching on
        // the floor only lowers a penalty, which earns no place beside a change that already reaches "match"
        assertThat(advice.result().fired("LX-01")).isTrue();
        Suggestion best = advice.redesigns().get(0);
        assertThat(best.ids()).isEqualTo("defer-register");
        assertThat(best.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(best.closes()).extracting(Finding::ruleId).containsExactly("LX-01");
        assertThat(best.opens()).extracting(Finding::ruleId).containsExactly("LX-04");
        assertThat(best.gain(Gap.SKILL)).isEqualTo(-10); // 60 with the blocker, 50 after: the blocker counted no points
        assertThat(TEXTS.explain(best, EN).get(0)).isEqualTo("start without the task \"register at the till\" and add it once"
                + " settled in");
        assertThat(TEXTS.explain(best, NL).get(0)).isEqualTo("starten zonder de taak \"register at the till\" en die toevoegen"
                + " na het inwerken");
    }

    @Test
    void twoEasyChangesComeBeforeOneHardChangeAndASmallerVerdictComesLast() {
        Advice advice = MATCHER.advise(candidate("c-newcomer", Cefr.A2).build(), cashier().build());

        assertThat(advice.redesigns()).extracting(Suggestion::ids, Suggestion::verdict).containsExactly(
                // a low and a medium effort before one high effort, although it is one change more
                // a low effort before a medium one; penalties no longer decide a verdict, so deferring alone is a match
                org.assertj.core.groups.Tuple.tuple("defer-register", Verdict.MATCH),
                // the till was the only task that asks B1: once a colleague takes it, the job asks A2
                org.assertj.core.groups.Tuple.tuple("reassign-register", Verdict.MATCH),
                // coaching alone lowers the language penalty (+30 skill) but leaves the blocker
                org.assertj.core.groups.Tuple.tuple("coaching", Verdict.AFTER_REDESIGN));
    }

    @Test
    void anIrrelevantOptionIsNotTried() {
        // part-time and the Saturday roster pull levers no firing finding of the newcomer names
        Advice advice = MATCHER.advise(candidate("c-newcomer", Cefr.A2).build(), cashier().build());

        assertThat(advice.tried()).isEqualTo(4); // defer, reassign, coaching, and the step "reach B1"
        // 3 singles + 1 step: deferring and reassigning one task exclude each other, and each alone already
        // reaches match, so no pair holding one of them is tried
        assertThat(advice.evaluated()).isEqualTo(4);
        assertThat(advice.redesigns()).allSatisfy(s -> assertThat(s.ids()).doesNotContain("part-time-20", "saturday"));
    }

    @Test
    void developmentStepsAreSearchedSeparatelyWithTheirDurationFromThePolicy() {
        Advice advice = MATCHER.advise(candidate("c-newcomer", Cefr.A2).build(), cashier().build());

        Suggestion step = advice.development().get(0);
        assertThat(step.ids()).isEqualTo("dutch-B1");
        assertThat(step.weeks()).isEqualTo(26);
        assertThat(step.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(step.effort()).isNull();
        assertThat(TEXTS.explain(step, EN)).contains("reach Dutch level B1", "takes about 26 weeks");
    }

    @Test
    void singleParentAndA0600RosterGetASecondRosterFrom0900() {
        Candidate parent = singleParent("c-parent", Cefr.B1).build();
        Job bakery = early().build();

        Advice advice = MATCHER.advise(parent, bakery);

        assertThat(advice.result().verdict()).isEqualTo(Verdict.AFTER_REDESIGN);
        assertThat(advice.redesigns()).extracting(Suggestion::ids).containsExactly("from-nine");
        Suggestion best = advice.redesigns().get(0);
        assertThat(best.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(best.liftsEveryBlocker()).isTrue();
        assertThat(TEXTS.explain(best, EN)).contains("offer an additional roster \"from-nine\" (Mon, Tue, Wed, Thu, Fri 09:00–17:00)",
                "verdict: match after job redesign → match (1 essential gap open; 100 points once it is closed → 100 points)", "takes effect at once", "effort for the employer: medium");
        assertThat(TEXTS.explain(best, EN)).anyMatch(line -> line.startsWith("lifts blocker CX-01: The roster (06:00-14:00) clashes with care"));
        assertThat(advice.development()).extracting(Suggestion::ids).containsExactly("childcare");
        assertThat(advice.development().get(0).weeks()).isEqualTo(8);
    }

    @Test
    void aChangeThatLiftsABlockerButCostsPointsOnAnotherGapIsNotSuggested() {
        // the Saturday roster avoids the school run (organisation) but weekend work lowers the search gap
        List<org.threegaps.matcher.model.TimeWindow> sixDays = new ArrayList<>(AdvisorFixtures.weekdays(6, 0, 19, 0));
        sixDays.add(new org.threegaps.matcher.model.TimeWindow(java.time.DayOfWeek.SATURDAY,
                java.time.LocalTime.of(6, 0), java.time.LocalTime.of(19, 0)));
        Candidate parent = singleParent("c-parent", Cefr.B1).availability(sixDays).build();
        Job bakery = early().build();
        MatchResult before = MATCHER.match(parent, bakery);
        MatchResult withSaturday = MATCHER.match(parent, bakery.apply(bakery.redesignOption("saturday").orElseThrow()));
        assertThat(withSaturday.fired("CX-01")).isFalse();
        assertThat(withSaturday.score(Gap.SEARCH)).isLessThan(before.score(Gap.SEARCH));

        Advice advice = MATCHER.advise(parent, bakery);

        assertThat(advice.redesigns()).extracting(Suggestion::ids).containsExactly("from-nine");
    }

    @Test
    void liftingABlockerIntoAPenaltyOnTheSameGapIsProgressNotHarm() {
        // deferring the till lifts LX-01 but brings LX-04 (Dutch for the later tasks): the raw skill score
        // drops from 60 to 50, yet the skill gap was unusable with the blocker
        Advice advice = MATCHER.advise(candidate("c-newcomer", Cefr.A2).build(), cashier().build());

        Suggestion defer = advice.redesigns().stream().filter(s -> s.ids().equals("defer-register")).findFirst().orElseThrow();
        assertThat(defer.gain(Gap.SKILL)).isEqualTo(-10);
        assertThat(defer.effectiveGain(Gap.SKILL)).isEqualTo(50);
        assertThat(defer.liftsEveryBlocker()).isTrue();
        assertThat(TEXTS.explain(defer, EN)).contains("skill gap blocked → 50");
        assertThat(TEXTS.explain(defer, NL)).contains("skillkloof geblokkeerd → 50");
    }

    @Test
    void aLeverWithoutADeclaredOptionBecomesAskTheEmployer() {
        Advice advice = MATCHER.advise(singleParent("c-parent", Cefr.B1).build(), early().build());

        assertThat(advice.askEmployer()).extracting(AskEmployer::lever).containsExactly(Lever.SCHEDULE_CONTROL);
        assertThat(TEXTS.ask(advice.askEmployer().get(0), EN)).isEqualTo("ask the employer about: a say in the hours (would help with CX-01)");
        assertThat(TEXTS.ask(advice.askEmployer().get(0), NL)).startsWith("vraag de werkgever naar: ");
    }

    @Test
    void applyingTheSuggestedSetAndReScoringGivesExactlyTheReportedVerdictAndScores() {
        for (Advice advice : grid()) {
            for (Suggestion s : all(advice)) {
                Candidate c = s.before().candidate();
                Job j = s.before().job();
                for (Change change : s.changes()) {
                    c = Changes.apply(change, c);
                    j = Changes.apply(change, j);
                }
                MatchResult again = MATCHER.match(c, j);
                assertThat(again.verdict()).as(s.ids()).isEqualTo(s.after().verdict());
                assertThat(again.overallScore()).as(s.ids()).isEqualTo(s.after().overallScore());
                for (Gap gap : Gap.values()) {
                    assertThat(again.score(gap)).as(s.ids() + " " + gap).isEqualTo(s.after().score(gap));
                }
                assertThat(again.findings()).as(s.ids()).isEqualTo(s.after().findings());
            }
        }
    }

    @Test
    void aSuggestionNeverMakesAScoreWorse() {
        // a gap with a blocker counts as 0 until its blockers are gone; every other gap keeps or gains points
        int suggestions = 0;
        for (Advice advice : grid()) {
            for (Suggestion s : all(advice)) {
                suggestions++;
                for (Gap gap : Gap.values()) {
                    assertThat(s.effectiveGain(gap)).as(s.ids() + " " + gap).isGreaterThanOrEqualTo(0);
                    if (!s.before().gapScore(gap).blocked()) {
                        assertThat(s.after().score(gap)).as(s.ids() + " " + gap).isGreaterThanOrEqualTo(s.before().score(gap));
                    }
                }
                assertThat(s.after().verdict().atLeast(s.before().verdict())).isTrue();
            }
        }
        assertThat(suggestions).as("the grid must produce suggestions, or this test proves nothing").isGreaterThan(10);
    }

    @Test
    void theAdvisorNeverInventsAnOption() {
        for (Advice advice : grid()) {
            List<String> declared = advice.result().job().redesignOptions().stream().map(RedesignOption::id).toList();
            for (Suggestion s : advice.redesigns()) {
                assertThat(s.changes()).allSatisfy(c -> assertThat(declared).contains(c.id()));
            }
        }
    }

    @Test
    void theSameInputGivesTheSameAdvice() {
        Candidate parent = singleParent("c-parent", Cefr.A2).build();
        Job job = cashier().build().toBuilder().roster(new org.threegaps.matcher.model.Roster("early",
                AdvisorFixtures.shifts(6, 0, 14, 0, AdvisorFixtures.weekdays()))).build();

        Advice first = MATCHER.advise(parent, job);
        Advice second = MATCHER.advise(parent, job);

        assertThat(second.redesigns()).extracting(Suggestion::ids).isEqualTo(first.redesigns().stream().map(Suggestion::ids).toList());
        assertThat(second.development()).extracting(Suggestion::ids).isEqualTo(first.development().stream().map(Suggestion::ids).toList());
    }

    @Test
    void theSearchBoundsAreChecked() {
        assertThatThrownBy(() -> MatcherInternals.advisor(MATCHER).maxSetSize(5))
                .hasMessage("maxSetSize must be between 1 and 4, was 5");
        assertThatThrownBy(() -> MatcherInternals.advisor(MATCHER).maxChanges(0))
                .hasMessage("maxChanges must be between 1 and 20, was 0");
    }

    @Test
    void maxSetSizeOneTriesSingleChangesOnly() {
        Advice advice = MatcherInternals.advisor(MATCHER).maxSetSize(1).advise(candidate("c-newcomer", Cefr.A2).build(), cashier().build());

        assertThat(advice.redesigns()).extracting(Suggestion::ids).containsExactly("defer-register", "reassign-register", "coaching");
    }

    @Test
    void aJobOpensToTheMostCandidatesWithTheOptionPairThatUnlocksMore() {
        Job shop = cashier().build().toBuilder().build();
        shop = Job.builder("j-shop").title("Shop assistant").location(AdvisorFixtures.SHOP)
                .task(AdvisorFixtures.register()).task(AdvisorFixtures.shelves())
                .dutch(shop.dutch()).roster(new org.threegaps.matcher.model.Roster("early",
                        AdvisorFixtures.shifts(6, 0, 14, 0, AdvisorFixtures.weekdays()))).hours(20, 38)
                .scheduleControl(org.threegaps.matcher.model.ScheduleControl.FIXED)
                .redesignOption(AdvisorFixtures.deferRegister()).redesignOption(AdvisorFixtures.coaching())
                .redesignOption(AdvisorFixtures.fromNine()).redesignOption(AdvisorFixtures.partTime()).build();
        List<Candidate> pool = List.of(
                candidate("b1-1", Cefr.B1).build(), candidate("b1-2", Cefr.B1).build(), candidate("b1-3", Cefr.B1).build(),
                candidate("a2-1", Cefr.A2).build(), candidate("a2-2", Cefr.A2).build(),
                singleParent("care-1", Cefr.B1).build(), singleParent("care-2", Cefr.B1).build(),
                singleParent("a2-care", Cefr.A2).build(), candidate("a1", Cefr.A1).build());

        JobAdvice advice = MATCHER.adviseJob(shop, pool);

        assertThat(advice.openNow()).isEqualTo(3);
        assertThat(advice.options()).extracting(OptionReach::ids, OptionReach::unlocked).containsExactly(
                org.assertj.core.groups.Tuple.tuple("defer-register+from-nine", List.of("a2-1", "a2-2", "a2-care", "care-1", "care-2")),
                org.assertj.core.groups.Tuple.tuple("defer-register", List.of("a2-1", "a2-2")),
                org.assertj.core.groups.Tuple.tuple("from-nine", List.of("care-1", "care-2")));
        assertThat(TEXTS.reach(advice.options().get(1), shop, EN))
                .isEqualTo("start without the task \"register at the till\" and add it once settled in opens this job to 2 more people");
    }

    @Test
    void aCandidateSeesWhichDevelopmentStepOpensTheMostJobs() {
        Candidate newcomer = candidate("c-newcomer", Cefr.A2).build();
        Job office = Job.builder("j-office").title("Front desk").location(AdvisorFixtures.SHOP)
                .task(new org.threegaps.matcher.model.Task("desk", "front desk", null, null, null, false, false, Cefr.B2, List.of()))
                .dutch(new org.threegaps.matcher.model.DutchRequirement(Cefr.B2,
                        java.util.Set.of(org.threegaps.matcher.model.LanguageReason.CUSTOMER_CONTACT), java.util.Set.of("nl")))
                .build();
        Job shelves = Job.builder("j-shelves").title("Shelf filler").location(AdvisorFixtures.SHOP)
                .task(AdvisorFixtures.shelves()).build();

        CandidateAdvice advice = MATCHER.adviseCandidate(newcomer, List.of(cashier().build(), office, shelves));

        assertThat(advice.openNow()).isEqualTo(1);
        assertThat(advice.steps()).extracting(r -> r.step().id(), StepReach::opened).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dutch-B2", List.of("j-cashier", "j-office")),
                org.assertj.core.groups.Tuple.tuple("dutch-B1", List.of("j-cashier")));
        assertThat(TEXTS.reach(advice.steps().get(1), EN)).isEqualTo("reach Dutch level B1 opens 1 more job: j-cashier");
    }

    private static List<Advice> grid() {
        List<Advice> out = new ArrayList<>();
        for (Cefr level : List.of(Cefr.A1, Cefr.A2, Cefr.B1)) {
            for (boolean care : List.of(false, true)) {
                Candidate c = (care ? singleParent("c-" + level + "-care", level) : candidate("c-" + level, level)).build();
                Job earlyCashier = cashier().build().toBuilder().roster(new org.threegaps.matcher.model.Roster("early",
                        AdvisorFixtures.shifts(6, 0, 14, 0, AdvisorFixtures.weekdays()))).redesignOption(AdvisorFixtures.fromNine()).build();
                for (Job j : List.of(cashier().build(), early().build(), earlyCashier)) {
                    out.add(MATCHER.advise(c, j));
                }
            }
        }
        return out;
    }

    private static List<Suggestion> all(Advice advice) {
        List<Suggestion> all = new ArrayList<>(advice.redesigns());
        all.addAll(advice.development());
        return all;
    }
}
