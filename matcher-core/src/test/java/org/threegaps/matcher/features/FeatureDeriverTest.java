package org.threegaps.matcher.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.geo.GeoPoint;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.DutchRequirement;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.Roster;
import org.threegaps.matcher.model.Shift;
import org.threegaps.matcher.model.Task;
import org.threegaps.matcher.model.TaskTiming;
import org.threegaps.matcher.model.TimeWindow;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.policy.Policy;
import org.threegaps.matcher.support.TestRules;

/** Pair features from the test policy: detour 1.3, walk 4.5, bike 15, public transport 22 + 15 min, car 45 km/h. */
class FeatureDeriverTest {
    private static final Policy POLICY = Policy.parse("policy.properties", TestRules.source().text("policy.properties"));
    private static final FeatureDeriver DERIVER = new FeatureDeriver(POLICY, new GreatCircleCommuteEstimator(POLICY));
    private static final Location HOME = Location.at(50.930, 5.330);
    private static final Location WORK = Location.at(50.965, 5.500);

    private static Job.Builder job() {
        return Job.builder("j").location(WORK);
    }

    private static Candidate.Builder candidate() {
        return Candidate.builder("c").home(HOME);
    }

    private static TimeWindow window(DayOfWeek day, int fromHour, int fromMinute, int toHour, int toMinute) {
        return new TimeWindow(day, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
    }

    private static Roster roster(Shift... shifts) {
        return new Roster("r", List.of(shifts));
    }

    private static Shift shift(DayOfWeek day, int startHour, int endHour) {
        return new Shift(day, LocalTime.of(startHour, 0), LocalTime.of(endHour, 0));
    }

    @Nested
    class CommutePerMode {
        private final double km = HOME.point().distanceKm(WORK.point()) * 1.3;

        @Test
        void eachModeIsDistanceTimesDetourOverItsSpeed() {
            Candidate c = candidate().drivingLicence(true).car(true)
                    .transportModes(Set.of(TransportMode.WALK, TransportMode.BIKE, TransportMode.PUBLIC_TRANSPORT, TransportMode.CAR)).build();

            Commute commute = DERIVER.derive(c, job().build()).commute();

            assertThat(commute.minutesByMode()).containsEntry(TransportMode.WALK, (int) Math.round(km / 4.5 * 60))
                    .containsEntry(TransportMode.BIKE, (int) Math.round(km / 15 * 60))
                    .containsEntry(TransportMode.PUBLIC_TRANSPORT, (int) Math.round(km / 22 * 60 + 15))
                    .containsEntry(TransportMode.CAR, (int) Math.round(km / 45 * 60));
            assertThat(commute.bestMode()).isEqualTo(TransportMode.CAR);
            assertThat(commute.km()).isCloseTo(HOME.point().distanceKm(WORK.point()), within(0.05));
        }

        @Test
        void onlyTheCandidatesModesCountAndTheFastestIsBest() {
            Candidate c = candidate().transportModes(Set.of(TransportMode.WALK, TransportMode.BIKE)).build();

            Commute commute = DERIVER.derive(c, job().build()).commute();

            assertThat(commute.minutesByMode()).containsOnlyKeys(TransportMode.WALK, TransportMode.BIKE);
            assertThat(commute.bestMode()).isEqualTo(TransportMode.BIKE);
            assertThat(commute.bestMinutes()).isEqualTo((int) Math.round(km / 15 * 60));
            assertThat(commute.carMinutes()).isEqualTo((int) Math.round(km / 45 * 60));
        }

        @Test
        void publicTransportDoesNotCountWhenTheJobIsNotReachableByIt() {
            Candidate c = candidate().transportModes(Set.of(TransportMode.PUBLIC_TRANSPORT)).build();

            Commute commute = DERIVER.derive(c, job().publicTransportReachable(false).build()).commute();

            assertThat(commute.known()).isTrue();
            assertThat(commute.reachable()).isFalse();
            assertThat(commute.bestMinutes()).isEqualTo(-1);
        }

        @Test
        void withoutTheCandidatesLimitThePolicyDefaultIsUsedAndFlagged() {
            Commute commute = DERIVER.derive(candidate().transportModes(Set.of(TransportMode.BIKE)).build(), job().build()).commute();

            assertThat(commute.limitMinutes()).isEqualTo(45);
            assertThat(commute.limitIsDefault()).isTrue();
        }

        @Test
        void anUnknownHomeGivesAnUnknownCommuteNeverAZeroOne() {
            PairFeatures f = DERIVER.derive(Candidate.builder("c").transportModes(Set.of(TransportMode.BIKE)).build(), job().build());

            assertThat(f.commute().known()).isFalse();
            assertThat(f.commute().bestMinutes()).isEqualTo(-1);
            assertThat(f.unknowns()).contains("candidate.home");
        }

        @Test
        void aPluggedInEstimatorReplacesTheGreatCircleEstimate() {
            FeatureDeriver routed = new FeatureDeriver(POLICY, (GeoPoint from, GeoPoint to, TransportMode mode) ->
                    java.util.OptionalInt.of(mode == TransportMode.BIKE ? 17 : 99));

            Commute commute = routed.derive(candidate().transportModes(Set.of(TransportMode.BIKE)).build(), job().build()).commute();

            assertThat(commute.bestMinutes()).isEqualTo(17);
        }
    }

    @Nested
    class RosterFitCare {
        @Test
        void careConflictMinutesAreTheOverlapOfShiftAndCareWindow() {
            Candidate c = candidate().careWindow(window(DayOfWeek.MONDAY, 7, 30, 8, 15)).build();

            RosterFit fit = DERIVER.derive(c, job().roster(roster(shift(DayOfWeek.MONDAY, 6, 14))).build()).bestRoster();

            assertThat(fit.careConflictMinutes()).isEqualTo(45);
            assertThat(fit.careConflictDays()).isEqualTo(1);
            assertThat(fit.firstCareConflictDay()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(fit.firstCareConflict()).isEqualTo("06:00-14:00");
        }

        @Test
        void anOvernightShiftConflictsWithCareTheNextMorning() {
            Candidate c = candidate().careWindow(window(DayOfWeek.TUESDAY, 5, 0, 7, 0)).build();

            RosterFit fit = DERIVER.derive(c, job().roster(roster(shift(DayOfWeek.MONDAY, 22, 6))).build()).bestRoster();

            assertThat(fit.careConflictMinutes()).isEqualTo(60);
            assertThat(fit.careConflictDays()).isEqualTo(1);
            assertThat(fit.firstCareConflictDay()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(fit.nightMinutes()).isEqualTo(480);
            assertThat(fit.latestEnd()).isEqualTo("06:00");
        }

        @Test
        void aSundayNightShiftWrapsIntoMondayMorning() {
            Candidate c = candidate().careWindow(window(DayOfWeek.MONDAY, 5, 0, 8, 0)).build();

            RosterFit fit = DERIVER.derive(c, job().roster(roster(shift(DayOfWeek.SUNDAY, 22, 6))).build()).bestRoster();

            assertThat(fit.careConflictMinutes()).isEqualTo(60);
            assertThat(fit.weekendMinutes()).isEqualTo(120);
        }

        @Test
        void theBestRosterIsTheOneWithTheLeastConflict() {
            Candidate c = candidate().careWindow(window(DayOfWeek.MONDAY, 7, 30, 8, 15)).build();
            Job j = job().roster(new Roster("early", List.of(shift(DayOfWeek.MONDAY, 6, 14))))
                    .roster(new Roster("late", List.of(shift(DayOfWeek.MONDAY, 14, 22)))).build();

            PairFeatures f = DERIVER.derive(c, j);

            assertThat(f.rosters()).hasSize(2);
            assertThat(f.bestRoster().rosterId()).isEqualTo("late");
            assertThat(f.bestRoster().careConflictMinutes()).isZero();
        }

        @Test
        void minutesOutsideAvailabilityAreCountedAndUnknownAvailabilityIsReported() {
            Candidate available = candidate().availability(List.of(window(DayOfWeek.MONDAY, 8, 0, 12, 0))).build();
            Job j = job().roster(roster(shift(DayOfWeek.MONDAY, 6, 14))).build();

            assertThat(DERIVER.derive(available, j).bestRoster().minutesOutsideAvailability()).isEqualTo(240);
            PairFeatures unknown = DERIVER.derive(candidate().build(), j);
            assertThat(unknown.bestRoster().availabilityKnown()).isFalse();
            assertThat(unknown.bestRoster().minutesOutsideAvailability()).isZero();
            assertThat(unknown.unknowns()).contains("candidate.availability");
        }
    }

    @Nested
    class Dutch {
        @Test
        void theGapIsCountedInCefrLevels() {
            DutchFit fit = DERIVER.derive(candidate().language("nl", Cefr.A1).build(),
                    job().dutch(new DutchRequirement(Cefr.B1, Set.of(), Set.of())).build()).dutch();

            assertThat(fit.known()).isTrue();
            assertThat(fit.gapLevels()).isEqualTo(2);
            assertThat(fit.startGapLevels()).isEqualTo(2);
        }

        @Test
        void theStartGapCountsOnlyTasksFromTheFirstDay() {
            Job j = job().dutch(new DutchRequirement(Cefr.B2, Set.of(), Set.of()))
                    .task(new Task("pick", null, null, null, TaskTiming.FROM_START, false, false, Cefr.A2, List.of()))
                    .task(new Task("report", null, null, null, TaskTiming.AFTER_ONBOARDING, false, false, Cefr.B2, List.of()))
                    .build();

            DutchFit fit = DERIVER.derive(candidate().language("nl", Cefr.A1).build(), j).dutch();

            assertThat(fit.gapLevels()).isEqualTo(3);
            assertThat(fit.startGapLevels()).isEqualTo(1);
        }

        @Test
        void anUnknownLevelIsNoGapButIsReportedUnknown() {
            PairFeatures f = DERIVER.derive(candidate().build(), job().dutch(new DutchRequirement(Cefr.B1, Set.of(), Set.of())).build());

            assertThat(f.dutch().known()).isFalse();
            assertThat(f.dutch().gapLevels()).isZero();
            assertThat(f.unknowns()).contains("candidate.languages.nl");
        }

        @Test
        void aBuddyLanguageCountsFromTheWorkingLevel() {
            Job j = job().supports(new org.threegaps.matcher.model.SupportOffer(
                    Set.of(org.threegaps.matcher.model.Support.BUDDY), Set.of("ar", "tr"), 0, null)).build();

            assertThat(DERIVER.derive(candidate().language("tr", Cefr.B1).build(), j).dutch().buddyLanguage()).isEqualTo("tr");
            assertThat(DERIVER.derive(candidate().language("tr", Cefr.A2).build(), j).dutch().buddySpeaksCandidateLanguage()).isFalse();
        }
    }

    @Nested
    class Hours {
        @Test
        void theShortfallIsTheJobsMinimumAboveTheCandidatesMaximum() {
            HoursFit fit = DERIVER.derive(candidate().maxHoursPerWeek(20).build(), job().hours(30, 38).build()).hours();

            assertThat(fit.known()).isTrue();
            assertThat(fit.shortfallHours()).isEqualTo(10);
        }

        @Test
        void noShortfallWhenTheCandidateCanWorkTheMinimum() {
            assertThat(DERIVER.derive(candidate().maxHoursPerWeek(30).build(), job().hours(30, 38).build()).hours().shortfallHours())
                    .isZero();
        }

        @Test
        void anUnknownMaximumIsNoShortfallButIsReportedUnknown() {
            PairFeatures f = DERIVER.derive(candidate().build(), job().hours(30, 38).build());

            assertThat(f.hours().known()).isFalse();
            assertThat(f.hours().shortfallHours()).isZero();
            assertThat(f.unknowns()).contains("candidate.maxHoursPerWeek");
        }
    }

    /** What the employer did not say about the hours is listed where it matters, so the case worker asks. */
    @Nested
    class EmployerSideUnknowns {
        private final Roster early = roster(shift(DayOfWeek.MONDAY, 6, 14), shift(DayOfWeek.TUESDAY, 6, 14));

        @Test
        void fewerHoursThanTheJobAsksListsPartTimeAndJobSharingWhenTheJobDoesNotSay() {
            PairFeatures f = DERIVER.derive(candidate().maxHoursPerWeek(10).build(), job().hours(30, 38).build());

            assertThat(f.unknowns()).contains("job.partTimePossible", "job.jobSharing");
        }

        @Test
        void aStatedNoIsNotUnknown() {
            PairFeatures f = DERIVER.derive(candidate().maxHoursPerWeek(10).build(),
                    job().hours(30, 38).partTimePossible(false).jobSharing(false).build());

            assertThat(f.unknowns()).doesNotContain("job.partTimePossible", "job.jobSharing");
        }

        @Test
        void aStatedYesToOneMakesTheOtherNotMatter() {
            PairFeatures f = DERIVER.derive(candidate().maxHoursPerWeek(10).build(),
                    job().hours(30, 38).partTimePossible(true).build());

            assertThat(f.unknowns()).doesNotContain("job.partTimePossible", "job.jobSharing");
        }

        @Test
        void whenTheCandidateCanWorkTheHoursPartTimeDoesNotMatter() {
            PairFeatures f = DERIVER.derive(candidate().maxHoursPerWeek(38).build(), job().hours(30, 38).build());

            assertThat(f.unknowns()).doesNotContain("job.partTimePossible", "job.jobSharing");
        }

        @Test
        void aCareClashListsWhoSetsTheHoursWhenTheJobDoesNotSay() {
            Candidate carer = candidate().careWindow(window(DayOfWeek.MONDAY, 7, 0, 9, 0)).build();

            assertThat(DERIVER.derive(carer, job().roster(early).build()).unknowns()).contains("job.scheduleControl");
            assertThat(DERIVER.derive(carer, job().roster(early).scheduleControl(org.threegaps.matcher.model.ScheduleControl.FIXED)
                    .build()).unknowns()).doesNotContain("job.scheduleControl");
        }

        @Test
        void whoSetsTheHoursDoesNotMatterToACandidateWithoutCareNightOrAbsenceNeeds() {
            Candidate free = candidate().nightWork(true).build();

            assertThat(DERIVER.derive(free, job().roster(early).build()).unknowns()).doesNotContain("job.scheduleControl");
        }
    }
}

