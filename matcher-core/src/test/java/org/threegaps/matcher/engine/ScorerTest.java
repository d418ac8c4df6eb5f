package org.threegaps.matcher.engine;

import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.features.Policy;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Kind;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Effort;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.GapScore;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;
import org.threegaps.matcher.support.TestRules;

/**
 * Scoring on the test rule set: per gap 100 − penalties + bonuses clamped to 0–100, overall the weighted
 * mean (skill 1, search 0.5, organisation 1); the verdict from the essential findings (blocker T-03, bridged
 * T-07) and the unknowns an essential rule needs, never from points.
 */
class ScorerTest {
    private static final String HARSH_RULE = """
            package org.threegaps.rules.test;
            import org.threegaps.matcher.features.Pair;
            global org.threegaps.matcher.features.Policy policy;
            rule "T-06 a harsh job"
                @id("T-06") @gap("ORGANISATION") @area("test") @kind("PENALTY") @source("test") @levers("WAGE")
            when
                $p : Pair( job.sector == "harsh" )
            then
                $p.report(kcontext);
            end
            """;

    private static final Candidate CANDIDATE = Candidate.builder("c").home(Location.postcode("3500"))
            .transportModes(Set.of(TransportMode.BIKE)).minHourlyWage(new BigDecimal("14")).build();

    private static Job.Builder job(String wage) {
        return Job.builder("j").location(Location.postcode("3500")).hourlyWage(new BigDecimal(wage));
    }

    /** @return a matcher on the test rules with the wage penalty T-01 worth {@code points} */
    private static Matcher withWagePenalty(int points) {
        RuleSource source = TestRules.source();
        return Matcher.withRules(source.with("policy.properties",
                source.text("policy.properties").replace("T-01.points = 30", "T-01.points = " + points))).build();
    }

    /** The findings' order compares their values as the joined text it always compared, NUL separators and all. */
    @Test
    void findingsCompareTheirValuesAsTheJoinedText() {
        Random random = new Random(11);
        String[] pieces = {"", "a", "ab", "b", "\u0000", "a\u0000", "10", "9", "A"};
        for (int round = 0; round < 20_000; round++) {
            Finding x = finding(random, pieces);
            Finding y = finding(random, pieces);
            int expected = Integer.signum(String.join("\u0000", x.values()).compareTo(String.join("\u0000", y.values())));

            assertThat(Integer.signum(Scorer.compareValues(x, y))).as("%s against %s", x.values(), y.values())
                    .isEqualTo(expected);
        }
    }

    /** The scorer sorts by the catalogue's ranks; that gives the order the comparator defines, values and all. */
    @Test
    void findingsAreSortedInTheOrderTheComparatorDefines() {
        Matcher matcher = Matcher.withRules(TestRules.source()).build();
        RuleCatalog catalog = org.threegaps.matcher.internal.MatcherInternals.ruleBase(matcher).catalog();
        Job job = job("15").build();
        var features = org.threegaps.matcher.internal.MatcherInternals.features(matcher).derive(CANDIDATE, job);
        List<RuleInfo> rules = catalog.rules();
        Random random = new Random(12);
        String[] pieces = {"", "a", "b", "10", "9"};
        for (int round = 0; round < 5_000; round++) {
            RulePair pair = new RulePair(CANDIDATE, job, features, catalog);
            for (int i = random.nextInt(12); i > 0; i--) {
                // the test rules are few, so one rule often reports twice and the values decide
                RuleInfo rule = rules.get(random.nextInt(rules.size()));
                List<Finding.Argument> args = new ArrayList<>();
                for (int k = random.nextInt(3); k > 0; k--) {
                    args.add(Finding.Argument.text(pieces[random.nextInt(pieces.length)]));
                }
                pair.add(new Finding(rule.id(), rule.gap(), rule.area(), rule.kind(), rule.points(), rule.id(), args,
                        rule.levers()), catalog.listed(rule.name()).rank(), RulePair.ANY_ROSTER);
            }
            List<Finding> expected = new ArrayList<>(pair.findings());
            expected.sort(Scorer.ORDER);

            assertThat(Scorer.sorted(pair)).isEqualTo(expected);
        }
    }

    private static Finding finding(Random random, String[] pieces) {
        List<Finding.Argument> args = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            args.add(Finding.Argument.text(pieces[random.nextInt(pieces.length)]));
        }
        return new Finding("T-01", Gap.SKILL, "test", Kind.PENALTY, 5, "T-01", args, List.of());
    }

    @Test
    void aPenaltyLowersItsGapOnly() {
        MatchResult r = withWagePenalty(30).match(CANDIDATE, job("11").build());

        assertThat(r.gapScore(Gap.ORGANISATION)).isEqualTo(new GapScore(Gap.ORGANISATION, 70, 30, 0, 0));
        assertThat(r.score(Gap.SKILL)).isEqualTo(100);
        assertThat(r.score(Gap.SEARCH)).isEqualTo(100);
    }

    @Test
    void theOverallScoreIsTheWeightedMean() {
        MatchResult r = withWagePenalty(30).match(CANDIDATE, job("11").build());

        assertThat(r.overallScore()).isEqualTo((int) Math.round((100 * 1.0 + 100 * 0.5 + 70 * 1.0) / 2.5));
    }

    @Test
    void penaltiesBeyondAHundredClampAtZeroButKeepTheirSum() {
        RuleSource source = TestRules.source();
        Matcher matcher = Matcher.withRules(source.with("harsh.drl", HARSH_RULE)
                .with("policy.properties", source.text("policy.properties") + "T-06.points = 100\n")
                .with("messages_nl.properties", source.text("messages_nl.properties") + "T-06=Zware job.\n")
                .with("messages_en.properties", source.text("messages_en.properties") + "T-06=Harsh job.\n")).build();

        MatchResult r = matcher.match(CANDIDATE, job("11").sector("harsh").build());

        assertThat(r.gapScore(Gap.ORGANISATION)).isEqualTo(new GapScore(Gap.ORGANISATION, 0, 130, 0, 0));
    }

    @Test
    void bonusesClampAtAHundred() {
        Candidate speaksArabic = CANDIDATE.toBuilder().language("ar", org.threegaps.matcher.model.Cefr.C1).build();
        Job buddy = job("15").supports(new SupportOffer(Set.of(Support.BUDDY), Set.of("ar"), 0, null)).build();

        MatchResult r = withWagePenalty(30).match(speaksArabic, buddy);

        assertThat(r.gapScore(Gap.ORGANISATION)).isEqualTo(new GapScore(Gap.ORGANISATION, 100, 0, 5, 0));
    }

    @Test
    void pointsAloneNeverDecideTheVerdict() {
        MatchResult light = withWagePenalty(1).match(CANDIDATE, job("11").build());
        MatchResult heavy = withWagePenalty(100).match(CANDIDATE, job("11").build());

        assertThat(light.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(heavy.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(heavy.score(Gap.ORGANISATION)).isZero();
        assertThat(heavy.overallScore()).isLessThan(light.overallScore());
    }

    @Test
    void anEssentialGapTheJobBridgesIsAMatchWithSupportAndCostsItsPoints() {
        MatchResult r = withWagePenalty(30).match(CANDIDATE.toBuilder().drivingLicence(false).build(), job("15").sector("courier").build());

        assertThat(r.verdict()).isEqualTo(Verdict.MATCH_WITH_SUPPORT);
        assertThat(r.bridgedEssentialGaps()).isEqualTo(1);
        assertThat(r.openEssentialGaps()).isZero();
        assertThat(r.provisional()).isFalse();
        assertThat(r.gapScore(Gap.ORGANISATION)).isEqualTo(new GapScore(Gap.ORGANISATION, 90, 10, 0, 0));
    }

    @Test
    void anUnknownFactAnEssentialRuleNeedsMakesAMatchProvisionalWithSupportAtBest() {
        Job needsLicence = job("15").task(new org.threegaps.matcher.model.Task("drive", "rijden",
                null, null, null, false, false, null,
                java.util.List.of(new org.threegaps.matcher.model.Requirement("B", org.threegaps.matcher.model.RequirementCategory.DRIVING_LICENCE,
                        1, true, false, 0, false, 0)))).build();

        MatchResult r = withWagePenalty(30).match(CANDIDATE, needsLicence);

        assertThat(r.unknowns()).contains("candidate.drivingLicence");
        assertThat(r.toAsk()).containsExactly("candidate.drivingLicence");
        assertThat(r.provisional()).isTrue();
        assertThat(r.verdict()).isEqualTo(Verdict.MATCH_WITH_SUPPORT);
    }

    @Test
    void anUnknownFactNoEssentialRuleNeedsLeavesAMatch() {
        MatchResult r = withWagePenalty(30).match(CANDIDATE, job("15").dutch(new org.threegaps.matcher.model.DutchRequirement(org.threegaps.matcher.model.Cefr.B1, Set.of(), Set.of())).build());

        assertThat(r.unknowns()).contains("candidate.languages.nl");
        assertThat(r.toAsk()).isEmpty();
        assertThat(r.provisional()).isFalse();
        assertThat(r.verdict()).isEqualTo(Verdict.MATCH);
    }

    @Test
    void notYetIsNeverProvisional() {
        Job both = job("15").sector("delivery").task(new org.threegaps.matcher.model.Task("drive", "rijden",
                null, null, null, false, false, null,
                java.util.List.of(new org.threegaps.matcher.model.Requirement("B", org.threegaps.matcher.model.RequirementCategory.DRIVING_LICENCE,
                        1, true, false, 0, false, 0)))).build();

        MatchResult r = withWagePenalty(30).match(CANDIDATE.toBuilder().car(false).build(), both);

        assertThat(r.toAsk()).containsExactly("candidate.drivingLicence");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_YET);
        assertThat(r.provisional()).isFalse();
    }

    @Test
    void theScoreTextNamesOpenGapsBeforePointsAndNeverStandsAlone() {
        Matcher matcher = withWagePenalty(30);
        MatchResult open = matcher.match(CANDIDATE.toBuilder().car(false).build(), job("15").sector("delivery").build());
        MatchResult none = matcher.match(CANDIDATE, job("15").build());
        ResultTexts texts = matcher.texts();

        assertThat(open.openEssentialGaps()).isEqualTo(1);
        assertThat(texts.score(open, java.util.Locale.ENGLISH)).isEqualTo("1 essential gap open; 100 points once it is closed");
        assertThat(texts.score(open, java.util.Locale.forLanguageTag("nl")))
                .isEqualTo("1 essentiële drempel open; 100 punten zodra die weg is");
        assertThat(texts.score(none, java.util.Locale.ENGLISH)).isEqualTo("100 points");
    }

    @Test
    void aBlockerIsNotYetEvenWhenEveryGapScoresWell() {
        MatchResult r = withWagePenalty(30).match(CANDIDATE.toBuilder().car(false).build(), job("15").sector("delivery").build());

        assertThat(r.blockers()).hasSize(1);
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_YET);
    }

    @Test
    void aBlockerWhoseLeverTheEmployerDeclaredIsAfterRedesign() {
        Job openToTransport = job("15").sector("delivery").redesignOption(
                RedesignOption.support("bus", Support.TRANSPORT_ARRANGEMENT, Set.of(), Effort.MEDIUM)).build();

        MatchResult r = withWagePenalty(30).match(CANDIDATE.toBuilder().car(false).build(), openToTransport);

        assertThat(r.verdict()).isEqualTo(Verdict.AFTER_REDESIGN);
        assertThat(r.suggestedActions()).startsWith(org.threegaps.matcher.result.Lever.TRANSPORT_ARRANGEMENT);
    }

    @Test
    void theVerdictLadderIsOrderedBestFirst() {
        assertThat(Verdict.MATCH.atLeast(Verdict.MATCH_WITH_SUPPORT)).isTrue();
        assertThat(Verdict.AFTER_REDESIGN.atLeast(Verdict.MATCH_WITH_SUPPORT)).isFalse();
        assertThat(Verdict.NOT_YET.atLeast(Verdict.NOT_YET)).isTrue();
    }
}
