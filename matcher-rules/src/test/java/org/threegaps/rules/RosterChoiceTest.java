package org.threegaps.rules;

import org.threegaps.matcher.internal.MatcherInternals;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Effort;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.model.Roster;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.MatchResult;

/**
 * A job with several rosters is scored on the roster that scores best, not merely the one with the fewest
 * clashing minutes: minutes of different kinds cost different points.
 */
class RosterChoiceTest extends RuleTestSupport {
    /** Weekdays 06:30–14:30: 30 minutes a day before the candidate's 07:00 start, 150 in all (CA-06). */
    private static final Roster EARLY = new Roster("early", Fixtures.shifts(6, 30, 14, 30, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
    /** One Saturday hour: 60 weekend minutes plus 60 outside the availability, 120 in all (CA-05). */
    private static final Roster SATURDAY = new Roster("saturday", Fixtures.shifts(9, 0, 10, 0, DayOfWeek.SATURDAY));

    private final Candidate candidate = Fixtures.candidate().build(); // weekdays 07:00–19:00, no weekends

    @Test
    void theRosterWithFewerMinutesButADearerKindOfClashIsNotTheOneScored() {
        MatchResult result = match(candidate, Fixtures.jobOn(EARLY, SATURDAY).build());

        // the Saturday hour has fewer minutes, but a weekend costs 10 points and a little early start 5
        assertThat(result.fired("CA-06")).isTrue();
        assertThat(result.fired("CA-05")).isFalse();
        assertThat(result.score(Gap.ORGANISATION)).isEqualTo(match(candidate, Fixtures.jobOn(EARLY).build())
                .score(Gap.ORGANISATION));
    }

    /**
     * What the rules that read a roster found on the other roster, with what the others found on the pair: the kept
     * result is the one the job would get with that roster alone, finding for finding.
     */
    @Test
    void theRosterKeptCarriesTheFindingsOfEveryOtherRule() {
        MatchResult result = match(candidate, Fixtures.jobOn(EARLY, SATURDAY).build());
        MatchResult earlyAlone = match(candidate, Fixtures.jobOn(EARLY).build());

        assertThat(result.findings()).hasSizeGreaterThan(1).isEqualTo(earlyAlone.findings());
        assertThat(result.findings()).anyMatch(f -> !f.ruleId().startsWith("CA-"));
        assertThat(result.unknowns()).isEqualTo(earlyAlone.unknowns());
    }

    @Test
    void offeringTheCheaperRosterAsAnExtraNeverCostsPoints() {
        Job early = Fixtures.jobOn(EARLY).redesignOption(RedesignOption.extraRoster("saturday", SATURDAY, Effort.LOW))
                .build();

        MatchResult before = match(candidate, early);
        MatchResult after = match(candidate, early.apply(early.redesignOption("saturday").orElseThrow()));

        assertThat(after.score(Gap.ORGANISATION)).isGreaterThanOrEqualTo(before.score(Gap.ORGANISATION));
        assertThat(after.overallScore()).isGreaterThanOrEqualTo(before.overallScore());
    }

    @Test
    void theTraceShowsTheRosterTheScoreUses() {
        Job job = Fixtures.jobOn(EARLY, SATURDAY).build();

        assertThat(MatcherInternals.trace(MATCHER, candidate, job).firedRules()).anyMatch(name -> name.startsWith("CA-06"))
                .noneMatch(name -> name.startsWith("CA-05"));
    }
}
