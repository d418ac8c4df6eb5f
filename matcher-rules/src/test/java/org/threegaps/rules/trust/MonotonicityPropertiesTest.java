package org.threegaps.rules.trust;

import static org.assertj.core.api.Assertions.assertThat;

import org.threegaps.matcher.internal.MatcherInternals;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.features.GreatCircleCommuteEstimator;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.Competence;
import org.threegaps.matcher.model.Evidence;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.testkit.generate.ModelArbitraries;
import org.threegaps.matcher.testkit.generate.RandomModels;

/**
 * Monotonicity over generated valid pairs: what the employer adds never makes a pair worse, what the
 * candidate learns never makes it worse, a longer trip never makes it better, and a gap in the CV
 * never makes it worse. "Worse" means a lower gap or overall score, or a blocker that was not there.
 */
class MonotonicityPropertiesTest {
    private static final Matcher MATCHER = Trust.MATCHER;
    // the same rules with every trip 50 % and 10 minutes longer
    private static final Matcher LONGER_TRIPS = Matcher.withRules(RuleSource.defaults())
            .commuteEstimator(new ScaledEstimator(1.5, 10)).build();

    @Provide
    Arbitrary<Candidate> candidates() {
        return ModelArbitraries.candidates();
    }

    @Provide
    Arbitrary<Job> jobs() {
        return ModelArbitraries.jobs();
    }

    @Property(tries = 300)
    void addingAnEmployerSupportNeverMakesAPairWorse(@ForAll("candidates") Candidate candidate, @ForAll("jobs") Job job,
                                                    @ForAll Support support, @ForAll @IntRange(max = 12) int weeks) {
        Job supported = job.toBuilder().supports(job.supports().with(support, Set.of("ar", "fr"), weeks)).build();
        assertNotWorse(candidate, job, candidate, supported, "adding " + support);
    }

    @Property(tries = 300)
    void applyingADeclaredRedesignOptionNeverMakesAPairWorse(@ForAll("candidates") Candidate candidate,
                                                            @ForAll("jobs") Job job) {
        // every kind, an extra roster included: the engine scores the job's other rosters where the guessed
        // one costs points, so a roster with fewer minutes of a dearer kind of clash cannot make it worse
        for (RedesignOption option : job.redesignOptions()) {
            MatchResult before = MATCHER.match(candidate, job);
            MatchResult after = MATCHER.match(candidate, job.apply(option));
            assertThat(Trust.worsening(before, after, false)).as("applying %s made %s × %s worse; findings before %s, after %s",
                    option, candidate.id(), job.id(), findings(before), findings(after)).isEmpty();
        }
    }

    @Property(tries = 300)
    void raisingACompetenceLevelNeverLowersAScore(@ForAll("candidates") Candidate candidate, @ForAll("jobs") Job job,
                                                  @ForAll("competenceCodes") String code, @ForAll @IntRange(min = 1, max = 4) int up) {
        if (candidate.competences().isEmpty()) {
            return; // unknown competences to one known competence is not "raising": SK-09 becomes a real comparison
        }
        int level = Math.min(4, candidate.competenceLevel(code) + up);
        List<Competence> raised = new ArrayList<>(candidate.competences().stream().filter(c -> !c.code().equals(code)).toList());
        // the same evidence as before: only the level changes
        Evidence evidence = candidate.competences().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(Competence::evidence).orElse(null);
        raised.add(new Competence(code, level, evidence));
        Candidate better = candidate.toBuilder().competences(raised).build();
        assertNotWorse(candidate, job, better, job, "raising " + code + " to " + level, true);
    }

    @Provide
    Arbitrary<String> competenceCodes() {
        return Arbitraries.of(RandomModels.COMPETENCES);
    }

    @Property(tries = 300)
    void raisingTheDutchLevelNeverLowersAScore(@ForAll("candidates") Candidate candidate, @ForAll("jobs") Job job,
                                               @ForAll Cefr level) {
        Cefr now = candidate.dutch();
        if (now == null || !level.atLeast(now)) {
            return; // unknown to known is not "raising"; a lower level is the reverse case
        }
        assertNotWorse(candidate, job, candidate.toBuilder().language("nl", level).build(), job, "Dutch " + now + " → " + level, true);
    }

    @Property(tries = 300)
    void aCvGapNeverMakesAPairWorse(@ForAll("candidates") Candidate candidate, @ForAll("jobs") Job job,
                                    @ForAll @IntRange(min = 1, max = 240) int moreMonths) {
        int months = (candidate.monthsSinceLastWork() == null ? 0 : candidate.monthsSinceLastWork()) + moreMonths;
        Candidate longerOut = candidate.toBuilder().monthsSinceLastWork(Math.min(600, months)).build();
        assertNotWorse(candidate, job, longerOut, job, "months out of work → " + months);
        Candidate newcomer = candidate.toBuilder().firstJobInCountry(true).build();
        assertNotWorse(candidate, job, newcomer, job, "first job in the country");
    }

    @Property(tries = 200)
    void aLongerTripNeverRaisesAScore(@ForAll("candidates") Candidate candidate, @ForAll("jobs") Job job) {
        MatchResult near = MATCHER.match(candidate, job);
        MatchResult far = LONGER_TRIPS.match(candidate, job);
        assertThat(Trust.worsening(far, near)).as("a longer trip made %s × %s better", candidate.id(), job.id()).isEmpty();
    }

    @Property(tries = 200)
    void aLowerCommuteLimitNeverRaisesAScore(@ForAll("candidates") Candidate candidate, @ForAll("jobs") Job job,
                                             @ForAll @IntRange(min = 1, max = 60) int less) {
        int limit = candidate.maxCommuteMinutes() == null ? 60 : candidate.maxCommuteMinutes();
        Candidate stricter = candidate.toBuilder().maxCommuteMinutes(Math.max(0, limit - less)).build();
        Candidate looser = candidate.toBuilder().maxCommuteMinutes(limit).build();
        assertNotWorse(stricter, job, looser, job, "commute limit " + (limit - less) + " → " + limit);
    }

    private static void assertNotWorse(Candidate c1, Job j1, Candidate c2, Job j2, String change) {
        assertNotWorse(c1, j1, c2, j2, change, false);
    }

    private static void assertNotWorse(Candidate c1, Job j1, Candidate c2, Job j2, String change, boolean needsLess) {
        MatchResult before = MATCHER.match(c1, j1);
        MatchResult after = MATCHER.match(c2, j2);
        assertThat(needsLess ? Trust.worseningBeyondNeedsMet(before, after) : Trust.worsening(before, after))
                .as("%s made %s × %s worse; findings before %s, after %s", change, c1.id(), j1.id(),
                        findings(before), findings(after))
                .isEmpty();
    }

    /** The rule ids with their points, so a failure shows which rule moved. */
    private static List<String> findings(MatchResult result) {
        return result.findings().stream().map(f -> f.ruleId() + " " + f.kind() + " " + f.gap() + " " + f.points()).toList();
    }

    /** The great-circle estimate, {@code factor} times longer plus {@code extra} minutes. */
    private record ScaledEstimator(double factor, int extra) implements org.threegaps.matcher.features.CommuteEstimator {
        private static final GreatCircleCommuteEstimator BASE =
                new GreatCircleCommuteEstimator(MatcherInternals.ruleBase(Trust.MATCHER).policy());

        @Override
        public OptionalInt minutes(org.threegaps.matcher.model.GeoPoint home, org.threegaps.matcher.model.GeoPoint work,
                                   org.threegaps.matcher.model.TransportMode mode) {
            OptionalInt base = BASE.minutes(home, work, mode);
            return base.isPresent() ? OptionalInt.of((int) Math.round(base.getAsInt() * factor) + extra) : base;
        }
    }
}
