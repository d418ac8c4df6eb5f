package org.threegaps.matcher.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.GeoPoint;
import org.threegaps.matcher.model.ApplicationMode;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.CareDuty;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.DigitalSkill;
import org.threegaps.matcher.model.DutchRequirement;
import org.threegaps.matcher.model.Evidence;
import org.threegaps.matcher.model.Frequency;
import org.threegaps.matcher.model.FunctionalNeed;
import org.threegaps.matcher.model.Importance;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.LanguageReason;
import org.threegaps.matcher.model.Level;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.Recognition;
import org.threegaps.matcher.model.Requirement;
import org.threegaps.matcher.model.RequirementCategory;
import org.threegaps.matcher.model.Roster;
import org.threegaps.matcher.model.ScheduleControl;
import org.threegaps.matcher.model.Shift;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.model.Task;
import org.threegaps.matcher.model.TaskTiming;
import org.threegaps.matcher.model.TimeWindow;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.features.Policy;
import org.threegaps.matcher.support.TestRules;

/** Pair features from the test policy: detour 1.3, walk 4.5, bike 15, public transport 22 + 15 min, car 45 km/h. */
class FeatureDeriverTest {
    private static final Policy POLICY = Policy.parse("policy.properties", TestRules.source().text("policy.properties"));
    private static final FeatureDeriver DERIVER = new FeatureDeriver(POLICY, new GreatCircleCommuteEstimator(POLICY));
    private static final Location HOME = Location.at(50.930, 5.330);
    private static final Location WORK = Location.at(50.965, 5.500);

    /** @return a deriver on the test policy with {@code overrides} appended, for what its constructor reads */
    private static FeatureDeriver deriver(String overrides) {
        Policy policy = Policy.parse("policy.properties", TestRules.source().text("policy.properties") + "\n" + overrides);
        return new FeatureDeriver(policy, new GreatCircleCommuteEstimator(policy));
    }

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
        void anUnknownWorkplaceGivesAnUnknownCommuteAndNamesTheJobsLocation() {
            PairFeatures f = DERIVER.derive(candidate().transportModes(Set.of(TransportMode.BIKE)).build(), Job.builder("j").build());

            assertThat(f.commute().known()).isFalse();
            assertThat(f.commute().km()).isEqualTo(-1);
            assertThat(f.commute().carMinutes()).isEqualTo(-1);
            assertThat(f.commute().limitMinutes()).isEqualTo(45);
            assertThat(f.commute().limitIsDefault()).isTrue();
            assertThat(DERIVER.derive(candidate().maxCommuteMinutes(30).build(), Job.builder("j").build()).commute().limitIsDefault())
                    .isFalse();
            assertThat(f.unknowns()).contains("job.location").doesNotContain("candidate.home", "candidate.transportModes");
        }

        @Test
        void unknownModesAreReportedAndWalkingCyclingAndPublicTransportAreAssumedButNotTheCar() {
            PairFeatures f = DERIVER.derive(candidate().build(), job().build());

            assertThat(f.commute().modesKnown()).isFalse();
            assertThat(f.commute().minutesByMode())
                    .containsOnlyKeys(TransportMode.WALK, TransportMode.BIKE, TransportMode.PUBLIC_TRANSPORT);
            assertThat(f.unknowns()).contains("candidate.transportModes");
            assertThat(DERIVER.derive(candidate().transportModes(Set.of(TransportMode.WALK)).build(), job().build()).unknowns())
                    .doesNotContain("candidate.transportModes");
        }

        @Test
        void theBestModeIsTheFastestWhateverTheOrderOfTheModes() {
            FeatureDeriver routed = new FeatureDeriver(POLICY, (GeoPoint from, GeoPoint to, TransportMode mode) ->
                    java.util.OptionalInt.of(switch (mode) {
                        case WALK -> 30;
                        case BIKE -> 12;
                        case PUBLIC_TRANSPORT -> 20;
                        case CAR -> 8;
                    }));

            Commute commute = routed.derive(candidate().transportModes(Set.of(TransportMode.WALK, TransportMode.BIKE,
                    TransportMode.PUBLIC_TRANSPORT)).build(), job().build()).commute();

            assertThat(commute.bestMode()).isEqualTo(TransportMode.BIKE);
            assertThat(commute.bestMinutes()).isEqualTo(12);
            assertThat(commute.carMinutes()).isEqualTo(8);
        }

        @Test
        void ofModesEquallyFastTheFirstOfWalkBikeAndPublicTransportIsBest() {
            FeatureDeriver routed = new FeatureDeriver(POLICY, (GeoPoint from, GeoPoint to, TransportMode mode) ->
                    java.util.OptionalInt.of(mode == TransportMode.PUBLIC_TRANSPORT ? 40 : 20));

            Commute commute = routed.derive(candidate().transportModes(Set.of(TransportMode.BIKE, TransportMode.WALK)).build(),
                    job().build()).commute();

            assertThat(commute.bestMode()).isEqualTo(TransportMode.WALK);
        }

        @Test
        void publicTransportAloneIsLeftOutWhereTheJobIsNotReachableByIt() {
            Commute commute = DERIVER.derive(candidate().transportModes(Set.of(TransportMode.BIKE, TransportMode.PUBLIC_TRANSPORT)).build(),
                    job().publicTransportReachable(false).build()).commute();

            assertThat(commute.minutesByMode()).containsOnlyKeys(TransportMode.BIKE);
            assertThat(DERIVER.derive(candidate().transportModes(Set.of(TransportMode.BIKE, TransportMode.PUBLIC_TRANSPORT)).build(),
                    job().publicTransportReachable(true).build()).commute().minutesByMode())
                    .containsOnlyKeys(TransportMode.BIKE, TransportMode.PUBLIC_TRANSPORT);
        }

        @Test
        void theProfilesKeepWhereTheCandidateLivesAndWhereTheWorkIs() {
            assertThat(DERIVER.profile(candidate().build()).home()).isEqualTo(HOME.point());
            assertThat(DERIVER.profile(Candidate.builder("c").build()).home()).isNull();
            assertThat(DERIVER.profile(job().build()).work()).isEqualTo(WORK.point());
            assertThat(DERIVER.profile(candidate().build()).candidate().id()).isEqualTo("c");
            assertThat(DERIVER.profile(job().build()).job().id()).isEqualTo("j");
        }

        @Test
        void aModeTheEstimatorCannotRouteIsLeftOut() {
            FeatureDeriver routed = new FeatureDeriver(POLICY, (GeoPoint from, GeoPoint to, TransportMode mode) ->
                    mode == TransportMode.BIKE ? java.util.OptionalInt.of(25) : java.util.OptionalInt.empty());

            Commute commute = routed.derive(candidate().transportModes(Set.of(TransportMode.WALK, TransportMode.BIKE)).build(),
                    job().build()).commute();

            assertThat(commute.minutesByMode()).containsOnlyKeys(TransportMode.BIKE);
            assertThat(commute.carMinutes()).isEqualTo(-1);
            assertThat(commute.km()).isEqualTo(Math.round(HOME.point().distanceKm(WORK.point()) * 10) / 10.0);
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
        void onlyTheShiftsThatClashCountAndTheFirstIsTheEarliestInTheWeek() {
            // listed out of order; Monday's shift starts after the care window, Tuesday's and Thursday's clash
            Candidate c = candidate().careWindow(window(DayOfWeek.MONDAY, 7, 0, 9, 0))
                    .careWindow(window(DayOfWeek.TUESDAY, 7, 0, 9, 0))
                    .careWindow(window(DayOfWeek.THURSDAY, 7, 0, 8, 0)).build();
            Roster mixed = roster(shift(DayOfWeek.THURSDAY, 6, 14), shift(DayOfWeek.MONDAY, 10, 18),
                    shift(DayOfWeek.TUESDAY, 6, 14), shift(DayOfWeek.WEDNESDAY, 6, 14));

            RosterFit fit = DERIVER.derive(c, job().roster(mixed).build()).bestRoster();

            assertThat(fit.careConflictMinutes()).isEqualTo(120 + 60);
            assertThat(fit.careConflictDays()).isEqualTo(2);
            assertThat(fit.firstCareConflictDay()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(fit.firstCareConflict()).isEqualTo("06:00-14:00");
        }

        @Test
        void aRosterWithoutAClashHasNoFirstClash() {
            Candidate c = candidate().careWindow(window(DayOfWeek.MONDAY, 7, 0, 9, 0)).build();

            RosterFit fit = DERIVER.derive(c, job().roster(roster(shift(DayOfWeek.MONDAY, 9, 17))).build()).bestRoster();

            assertThat(fit.careConflictMinutes()).isZero();
            assertThat(fit.careConflictDays()).isZero();
            assertThat(fit.firstCareConflictDay()).isNull();
            assertThat(fit.firstCareConflict()).isEmpty();
        }

        @Test
        void equalConflictsGoToTheSmallerRosterIdWhateverTheOrder() {
            Candidate c = candidate().build();
            Roster b = new Roster("b", List.of(shift(DayOfWeek.MONDAY, 6, 14)));
            Roster a = new Roster("a", List.of(shift(DayOfWeek.TUESDAY, 6, 14)));

            assertThat(DERIVER.derive(c, job().roster(b).roster(a).build()).bestRoster().rosterId()).isEqualTo("a");
            assertThat(DERIVER.derive(c, job().roster(a).roster(b).build()).bestRoster().rosterId()).isEqualTo("a");
        }

        @Test
        void refusedNightAndWeekendMinutesCountAgainstARosterOnlyForWhoRefusesThem() {
            Roster night = new Roster("a-night", List.of(shift(DayOfWeek.MONDAY, 22, 6)));
            Roster weekend = new Roster("b-weekend", List.of(shift(DayOfWeek.SATURDAY, 8, 16)));
            Roster day = new Roster("c-day", List.of(shift(DayOfWeek.MONDAY, 8, 16)));
            Job j = job().roster(night).roster(weekend).roster(day).build();

            assertThat(DERIVER.derive(candidate().build(), j).bestRoster().rosterId()).isEqualTo("a-night");
            assertThat(DERIVER.derive(candidate().nightWork(false).build(), j).bestRoster().rosterId()).isEqualTo("b-weekend");
            assertThat(DERIVER.derive(candidate().nightWork(false).weekendWork(false).build(), j).bestRoster().rosterId())
                    .isEqualTo("c-day");
            assertThat(DERIVER.derive(candidate().weekendWork(false).build(), j).bestRoster().rosterId()).isEqualTo("a-night");
        }

        @Test
        void minutesOutsideAvailabilityCountAgainstARoster() {
            Candidate mornings = candidate().availability(List.of(window(DayOfWeek.TUESDAY, 6, 0, 14, 0))).build();
            Job j = job().roster(new Roster("a", List.of(shift(DayOfWeek.MONDAY, 6, 14))))
                    .roster(new Roster("b", List.of(shift(DayOfWeek.TUESDAY, 6, 14)))).build();

            PairFeatures f = DERIVER.derive(mornings, j);

            assertThat(f.bestRoster().rosterId()).isEqualTo("b");
            assertThat(f.rosters()).extracting(RosterFit::rosterId, RosterFit::minutesOutsideAvailability)
                    .containsExactly(tuple("a", 480), tuple("b", 0));
        }

        @Test
        void minutesAlreadyReportedAsCareNightOrWeekendAreNotCountedAgainAsOutsideAvailability() {
            // available Monday 08-12 only; the shift runs Sunday 20:00 to Monday 14:00 (wrapping overnight)
            Roster r = roster(shift(DayOfWeek.SUNDAY, 20, 14));
            Candidate c = candidate().availability(List.of(window(DayOfWeek.MONDAY, 8, 0, 12, 0)))
                    .careWindow(window(DayOfWeek.MONDAY, 12, 0, 13, 0)).build();

            RosterFit all = DERIVER.derive(c, job().roster(r).build()).bestRoster();
            RosterFit refusing = DERIVER.derive(c.toBuilder().nightWork(false).weekendWork(false).build(),
                    job().roster(r).build()).bestRoster();

            // 18 h scheduled, 4 h available: 14 h outside
            assertThat(all.minutesOutsideAvailability()).isEqualTo(14 * 60);
            // less the care hour (12-13)
            assertThat(all.otherMinutesOutsideAvailability()).isEqualTo(13 * 60);
            // less the refused Sunday (20-24) and night (Monday 00-06) minutes too: Monday 06-08 and 13-14 remain
            assertThat(refusing.otherMinutesOutsideAvailability()).isEqualTo(3 * 60);
            assertThat(refusing.minutesOutsideAvailability()).isEqualTo(14 * 60);
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
        void aLevelStatedAsNoneNeedsNoDutchAndAsksNothing() {
            PairFeatures f = DERIVER.derive(candidate().build(), job().dutch(new DutchRequirement(Cefr.NONE, Set.of(), Set.of())).build());

            assertThat(f.dutch().stated()).isTrue();
            assertThat(f.unknowns()).doesNotContain("candidate.languages.nl");
            assertThat(DERIVER.derive(candidate().build(), job().build()).unknowns()).doesNotContain("candidate.languages.nl");
        }

        @Test
        void dutchItselfIsNeverTheSharedInstructionOrBuddyLanguage() {
            Job j = job().dutch(new DutchRequirement(Cefr.B1, Set.of(), Set.of("ar", "nl")))
                    .supports(new SupportOffer(Set.of(Support.BUDDY), Set.of("nl"), 0, null)).build();

            DutchFit fit = DERIVER.derive(candidate().language("nl", Cefr.C1).language("ar", Cefr.A1).build(), j).dutch();

            assertThat(fit.instructionsInCandidateLanguage()).isFalse();
            assertThat(fit.sharedInstructionLanguage()).isNull();
            assertThat(fit.buddySpeaksCandidateLanguage()).isFalse();
            assertThat(DERIVER.derive(candidate().language("ar", Cefr.B1).build(), j).dutch().sharedInstructionLanguage()).isEqualTo(Locale.forLanguageTag("ar"));
        }

        @Test
        void eachReasonIsReadForWhatItSays() {
            DutchFit safety = reasons(LanguageReason.SAFETY_INSTRUCTIONS);
            DutchFit docs = reasons(LanguageReason.READING_MEDICAL_OR_TECHNICAL_DOCS);
            DutchFit solo = reasons(LanguageReason.SOLO_WORK_WITHOUT_INTERPRETER);
            DutchFit customers = reasons(LanguageReason.CUSTOMER_CONTACT);
            DutchFit wish = reasons(LanguageReason.NATIVE_SPEAKER_REQUESTED);
            DutchFit none = reasons();

            assertThat(List.of(safety, docs, solo)).allMatch(DutchFit::safetyOrSolo).allMatch(DutchFit::taskBased);
            assertThat(List.of(customers, wish, none)).noneMatch(DutchFit::safetyOrSolo);
            assertThat(customers.customerContact()).isTrue();
            assertThat(customers.taskBased()).isTrue();
            assertThat(wish.nativeSpeakerRequested()).isTrue();
            assertThat(wish.taskBased()).isFalse();
            assertThat(List.of(safety, customers, none)).noneMatch(DutchFit::nativeSpeakerRequested);
            assertThat(List.of(safety, wish, none)).noneMatch(DutchFit::customerContact);
            assertThat(none.taskBased()).isFalse();
        }

        private DutchFit reasons(LanguageReason... reasons) {
            return DERIVER.derive(candidate().language("nl", Cefr.A2).build(),
                    job().dutch(new DutchRequirement(Cefr.B1, Set.of(reasons), Set.of())).build()).dutch();
        }

        @Test
        void withoutATaskThatStatesALevelTheStartGapIsTheJobsGap() {
            Job j = job().dutch(new DutchRequirement(Cefr.B1, Set.of(), Set.of()))
                    .task(new Task("pick", null, null, null, TaskTiming.FROM_START, false, false, null, List.of())).build();

            DutchFit fit = DERIVER.derive(candidate().language("nl", Cefr.A1).build(), j).dutch();

            assertThat(fit.gapLevels()).isEqualTo(2);
            assertThat(fit.startGapLevels()).isEqualTo(2);
        }

        @Test
        void theStartGapIsTheLargestOfTheFirstDaysTasksAndNoneWhenTheyAreMet() {
            Job j = job().dutch(new DutchRequirement(Cefr.B2, Set.of(), Set.of()))
                    .task(new Task("greet", null, null, null, TaskTiming.FROM_START, false, false, Cefr.B1, List.of()))
                    .task(new Task("pick", null, null, null, TaskTiming.FROM_START, false, false, Cefr.A2, List.of()))
                    .task(new Task("sort", null, null, null, TaskTiming.FROM_START, false, false, null, List.of()))
                    .build();

            assertThat(DERIVER.derive(candidate().language("nl", Cefr.A1).build(), j).dutch().startGapLevels()).isEqualTo(2);
            assertThat(DERIVER.derive(candidate().language("nl", Cefr.B1).build(), j).dutch().startGapLevels()).isZero();
            assertThat(DERIVER.derive(candidate().language("nl", Cefr.B1).build(), j).dutch().gapLevels()).isEqualTo(1);
        }

        @Test
        void aBuddyLanguageCountsFromTheWorkingLevel() {
            Job j = job().supports(new org.threegaps.matcher.model.SupportOffer(
                    Set.of(org.threegaps.matcher.model.Support.BUDDY), Set.of("ar", "tr"), 0, null)).build();

            assertThat(DERIVER.derive(candidate().language("tr", Cefr.B1).build(), j).dutch().buddyLanguage()).isEqualTo(Locale.forLanguageTag("tr"));
            assertThat(DERIVER.derive(candidate().language("tr", Cefr.A2).build(), j).dutch().buddySpeaksCandidateLanguage()).isFalse();
        }
    }

    /** Each requirement of the job against what the candidate holds, and what is not known. */
    @Nested
    class Requirements {
        private RequirementFit only(Candidate c, Requirement r) {
            List<RequirementFit> fits = DERIVER.derive(c, job().requirement(r).build()).requirements();
            assertThat(fits).hasSize(1);
            return fits.get(0);
        }

        private Requirement qualification(String code) {
            return new Requirement(code, RequirementCategory.QUALIFICATION, 0, true, false, 0, true, 0);
        }

        @Test
        void holdingAnotherQualificationDoesNotMeetTheOneAsked() {
            Candidate c = candidate().qualification("forklift-certificate", Recognition.RECOGNISED).build();

            RequirementFit fit = only(c, qualification("nursing-diploma"));

            assertThat(fit.known()).isTrue();
            assertThat(fit.candidateLevel()).isZero();
            assertThat(fit.shortfall()).isEqualTo(1);
            assertThat(fit.missing()).isTrue();
            assertThat(fit.qualification()).isNull();
        }

        @Test
        void theQualificationAskedIsFoundAmongOthersWithItsRecognition() {
            Candidate c = candidate().qualification("forklift-certificate", Recognition.RECOGNISED)
                    .qualification("nursing-diploma", Recognition.PENDING).build();

            RequirementFit pending = only(c, qualification("nursing-diploma"));

            assertThat(pending.qualification()).isEqualTo(Recognition.PENDING);
            assertThat(pending.candidateLevel()).isZero();
            assertThat(pending.shortfall()).isEqualTo(1);

            RequirementFit recognised = only(candidate().qualification("nursing-diploma", null).build(),
                    qualification("nursing-diploma"));

            assertThat(recognised.qualification()).isEqualTo(Recognition.RECOGNISED);
            assertThat(recognised.candidateLevel()).isEqualTo(1);
            assertThat(recognised.shortfall()).isZero();
            assertThat(recognised.met()).isTrue();
        }

        @Test
        void noQualificationAtAllIsAKnownShortfallNotAnUnknown() {
            PairFeatures f = DERIVER.derive(candidate().build(), job().requirement(qualification("nursing-diploma")).build());

            assertThat(f.requirements().get(0).missing()).isTrue();
            assertThat(f.unknowns()).noneMatch(u -> u.contains("qualification"));
        }

        @Test
        void anUnknownDrivingLicenceIsNoShortfallButIsReportedUnknown() {
            Requirement licence = new Requirement("B", RequirementCategory.DRIVING_LICENCE, 0, true, false, 0, false, 0);

            PairFeatures unknown = DERIVER.derive(candidate().build(), job().requirement(licence).build());
            assertThat(unknown.requirements().get(0).known()).isFalse();
            assertThat(unknown.requirements().get(0).shortfall()).isZero();
            assertThat(unknown.unknowns()).contains("candidate.drivingLicence");

            PairFeatures none = DERIVER.derive(candidate().drivingLicence(false).build(), job().requirement(licence).build());
            assertThat(none.requirements().get(0).missing()).isTrue();
            assertThat(none.requirements().get(0).candidateLevel()).isZero();
            assertThat(none.unknowns()).doesNotContain("candidate.drivingLicence");

            RequirementFit held = only(candidate().drivingLicence(true).build(), licence);
            assertThat(held.met()).isTrue();
            assertThat(held.candidateLevel()).isEqualTo(1);
        }

        @Test
        void anUnknownDigitalSkillIsNoShortfallButIsReportedUnknown() {
            Requirement digital = new Requirement("pc", RequirementCategory.DIGITAL, 2, true, false, 0, false, 0);

            PairFeatures unknown = DERIVER.derive(candidate().build(), job().requirement(digital).build());
            assertThat(unknown.requirements().get(0).known()).isFalse();
            assertThat(unknown.requirements().get(0).shortfall()).isZero();
            assertThat(unknown.unknowns()).contains("candidate.digitalSkill");

            RequirementFit basic = only(candidate().digitalSkill(DigitalSkill.BASIC).build(), digital);
            assertThat(basic.candidateLevel()).isEqualTo(1);
            assertThat(basic.shortfall()).isEqualTo(1);

            PairFeatures independent = DERIVER.derive(candidate().digitalSkill(DigitalSkill.INDEPENDENT).build(),
                    job().requirement(digital).build());
            assertThat(independent.requirements().get(0).met()).isTrue();
            assertThat(independent.unknowns()).doesNotContain("candidate.digitalSkill");
        }

        @Test
        void noCompetencesAtAllAreUnknownNotLevelZero() {
            Requirement forklift = Requirement.competence("forklift", 2);

            PairFeatures unknown = DERIVER.derive(candidate().build(), job().requirement(forklift).build());
            assertThat(unknown.requirements().get(0).known()).isFalse();
            assertThat(unknown.requirements().get(0).shortfall()).isZero();
            assertThat(unknown.unknowns()).contains("candidate.competences");

            PairFeatures other = DERIVER.derive(candidate().competence("cooking", 3, Evidence.WORK_EXPERIENCE).build(),
                    job().requirement(forklift).build());
            assertThat(other.requirements().get(0).shortfall()).isEqualTo(2);
            assertThat(other.unknowns()).doesNotContain("candidate.competences");

            RequirementFit above = only(candidate().competence("forklift", 3, Evidence.CERTIFICATE).build(), forklift);
            assertThat(above.candidateLevel()).isEqualTo(3);
            assertThat(above.shortfall()).isZero();
        }

        @Test
        void aTaskRequirementCarriesItsTaskAndAJobRequirementDoesNot() {
            Requirement forklift = Requirement.competence("forklift", 1);
            Job j = job().task(new Task("load", "Loading", Importance.HIGH,
                            Frequency.DAILY, TaskTiming.AFTER_ONBOARDING, true, true, null,
                            List.of(forklift)))
                    .requirement(Requirement.competence("hygiene", 1)).build();

            List<RequirementFit> fits = DERIVER.derive(candidate().competence("forklift", 1, Evidence.WORK_EXPERIENCE).build(), j)
                    .requirements();

            assertThat(fits).extracting(RequirementFit::code).containsExactly("forklift", "hygiene");
            RequirementFit task = fits.get(0);
            assertThat(task.taskId()).isEqualTo("load");
            assertThat(task.taskName()).isEqualTo("Loading");
            assertThat(task.linked()).isTrue();
            assertThat(task.coreTask()).isTrue();
            assertThat(task.timing()).isEqualTo(TaskTiming.AFTER_ONBOARDING);
            assertThat(task.reassignable()).isTrue();
            assertThat(task.regulatedTask()).isTrue();
            RequirementFit job = fits.get(1);
            assertThat(job.taskId()).isEmpty();
            assertThat(job.linked()).isFalse();
            assertThat(job.coreTask()).isFalse();
            assertThat(job.importance()).isEqualTo(Importance.MEDIUM);
            assertThat(job.timing()).isEqualTo(TaskTiming.FROM_START);
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

        @Test
        void eachNeedOfTheCandidateAloneMakesWhoSetsTheHoursMatter() {
            Job j = job().roster(early).build();

            assertThat(DERIVER.derive(candidate().shortNoticeAbsence(true).build(), j).unknowns()).contains("job.scheduleControl");
            assertThat(DERIVER.derive(candidate().singleCarer(true).build(), j).unknowns()).contains("job.scheduleControl");
            assertThat(DERIVER.derive(candidate().careDuties(Set.of(CareDuty.CHILDREN)).build(), j).unknowns())
                    .contains("job.scheduleControl");
            assertThat(DERIVER.derive(candidate().functionalNeeds(Set.of(FunctionalNeed.FLUCTUATING_CAPACITY)).build(), j)
                    .unknowns()).contains("job.scheduleControl");
            // a stated "no" to absence or single care, or another functional need, does not
            assertThat(DERIVER.derive(candidate().shortNoticeAbsence(false).singleCarer(false)
                    .functionalNeeds(Set.of(FunctionalNeed.NO_HEAVY_LIFTING)).build(), j).unknowns())
                    .doesNotContain("job.scheduleControl");
        }

        @Test
        void refusedNightWorkMakesWhoSetsTheHoursMatterOnlyWhenTheRosterHasNightMinutes() {
            Candidate noNights = candidate().nightWork(false).build();

            assertThat(DERIVER.derive(noNights, job().roster(roster(shift(DayOfWeek.MONDAY, 22, 6))).build()).unknowns())
                    .contains("job.scheduleControl");
            assertThat(DERIVER.derive(noNights, job().roster(early).build()).unknowns()).doesNotContain("job.scheduleControl");
            assertThat(DERIVER.derive(candidate().nightWork(true).build(), job().roster(roster(shift(DayOfWeek.MONDAY, 22, 6))).build())
                    .unknowns()).doesNotContain("job.scheduleControl");
            assertThat(DERIVER.derive(noNights, job().build()).unknowns()).doesNotContain("job.scheduleControl")
                    .contains("job.rosters");
        }

        @Test
        void onAnotherRosterWhoSetsTheHoursIsAskedForThatRoster() {
            Candidate noNights = candidate().nightWork(false).build();
            Job j = job().roster(new Roster("day", List.of(shift(DayOfWeek.MONDAY, 8, 16))))
                    .roster(new Roster("night", List.of(shift(DayOfWeek.MONDAY, 22, 6)))).build();
            PairFeatures f = DERIVER.derive(noNights, j);
            RosterFit night = f.rosters().stream().filter(r -> r.rosterId().equals("night")).findFirst().orElseThrow();

            PairFeatures onNight = FeatureDeriver.onRoster(noNights, j, f, night);
            PairFeatures backOnDay = FeatureDeriver.onRoster(noNights, j, onNight, f.bestRoster());

            assertThat(f.bestRoster().rosterId()).isEqualTo("day");
            assertThat(f.unknowns()).doesNotContain("job.scheduleControl");
            assertThat(onNight.bestRoster()).isSameAs(night);
            assertThat(onNight.unknowns()).contains("job.scheduleControl");
            assertThat(onNight.requirements()).isSameAs(f.requirements());
            assertThat(backOnDay.unknowns()).doesNotContain("job.scheduleControl").isEqualTo(f.unknowns());
        }

        @Test
        void aFluctuatingCapacityAsksForPartTimeEvenWhenTheHoursFitOrJobSharingIsOffered() {
            Candidate fluctuating = candidate().maxHoursPerWeek(38).functionalNeeds(Set.of(FunctionalNeed.FLUCTUATING_CAPACITY)).build();

            PairFeatures f = DERIVER.derive(fluctuating, job().hours(30, 38).jobSharing(true).build());

            assertThat(f.unknowns()).contains("job.partTimePossible").doesNotContain("job.jobSharing");
        }

        @Test
        void offeredJobSharingMakesPartTimeNotMatterForFewerHours() {
            PairFeatures f = DERIVER.derive(candidate().maxHoursPerWeek(10).build(), job().hours(30, 38).jobSharing(true).build());

            assertThat(f.unknowns()).doesNotContain("job.partTimePossible", "job.jobSharing");
        }

        @Test
        void oneHourShortIsAlreadyFewerHours() {
            PairFeatures f = DERIVER.derive(candidate().maxHoursPerWeek(29).build(), job().hours(30, 38).build());

            assertThat(f.hours().shortfallHours()).isEqualTo(1);
            assertThat(f.unknowns()).contains("job.partTimePossible", "job.jobSharing");
        }
    }

    /**
     * A deriver built here rather than the shared one, so that what its constructor reads from the policy
     * (night window, weekend, default commute limit, working-language level, onboarding months) is covered
     * by these tests: the shared deriver is built once, when the class loads, outside every test.
     */
    @Nested
    class Construction {
        private FeatureDeriver fresh(String overrides) {
            return deriver(overrides);
        }

        @Test
        void theNightRunsFromTheStartHourToTheEndHourEveryNight() {
            FeatureDeriver deriver = fresh("schedule.night.startHour = 23\nschedule.night.endHour = 5\n");
            Roster r = roster(shift(DayOfWeek.MONDAY, 21, 7), shift(DayOfWeek.WEDNESDAY, 4, 12), shift(DayOfWeek.SUNDAY, 22, 6));

            RosterFit fit = deriver.derive(candidate().build(), job().roster(r).build()).bestRoster();

            // Monday 23-05, Wednesday 04-05, Sunday 23 to Monday 05 wrapping into the week's start
            assertThat(fit.nightMinutes()).isEqualTo(360 + 60 + 360);
            assertThat(DERIVER.derive(candidate().build(), job().roster(r).build()).bestRoster().nightMinutes())
                    .isEqualTo(480 + 120 + 480);
        }

        @Test
        void theWeekendIsSaturdayAndSundayWhole() {
            FeatureDeriver deriver = fresh("");
            Roster r = roster(shift(DayOfWeek.FRIDAY, 20, 4), shift(DayOfWeek.SUNDAY, 20, 2));

            RosterFit fit = deriver.derive(candidate().build(), job().roster(r).build()).bestRoster();

            // Friday 20-24 is not weekend, Saturday 00-04 is; Sunday 20-24 is, Monday 00-02 is not
            assertThat(fit.weekendMinutes()).isEqualTo(240 + 240);
            assertThat(fit.earliestStart()).isEqualTo("20:00");
            assertThat(fit.latestEnd()).isEqualTo("04:00");
            assertThat(fit.weeklyHours()).isEqualTo(14.0);
        }

        @Test
        void theDefaultCommuteLimitComesFromThePolicyAndTheCandidatesOwnLimitWins() {
            FeatureDeriver deriver = fresh("commute.default.maxMinutes = 33\n");

            Commute byDefault = deriver.derive(candidate().transportModes(Set.of(TransportMode.BIKE)).build(), job().build()).commute();
            Commute own = deriver.derive(candidate().maxCommuteMinutes(20).transportModes(Set.of(TransportMode.BIKE)).build(),
                    job().build()).commute();

            assertThat(byDefault.limitMinutes()).isEqualTo(33);
            assertThat(byDefault.limitIsDefault()).isTrue();
            assertThat(own.limitMinutes()).isEqualTo(20);
            assertThat(own.limitIsDefault()).isFalse();
        }

        @Test
        void theWorkingLanguageLevelComesFromThePolicy() {
            FeatureDeriver deriver = fresh("language.workingLanguage.minLevel = B2\n");
            Job j = job().dutch(new DutchRequirement(Cefr.B1, Set.of(), Set.of("en", "fr")))
                    .supports(new SupportOffer(Set.of(Support.BUDDY), Set.of("ar", "tr"), 0, null)).build();
            Candidate c = candidate().language("en", Cefr.B1).language("fr", Cefr.B2).language("ar", Cefr.B1).language("tr", Cefr.B2)
                    .build();

            DutchFit strict = deriver.derive(c, j).dutch();
            DutchFit usual = DERIVER.derive(c, j).dutch();

            assertThat(strict.sharedInstructionLanguage()).isEqualTo(Locale.forLanguageTag("fr"));
            assertThat(strict.buddyLanguage()).isEqualTo(Locale.forLanguageTag("tr"));
            assertThat(usual.sharedInstructionLanguage()).isEqualTo(Locale.ENGLISH);
            assertThat(usual.buddyLanguage()).isEqualTo(Locale.forLanguageTag("ar"));
        }

        @Test
        void intensiveOnboardingStartsOneMonthPastThePolicysMonthsOutOfWork() {
            FeatureDeriver deriver = fresh("onboarding.intensive.monthsSinceWork = 12\n");

            assertThat(deriver.derive(candidate().monthsSinceLastWork(12).build(), job().build()).intensiveOnboarding()).isFalse();
            assertThat(deriver.derive(candidate().monthsSinceLastWork(13).build(), job().build()).intensiveOnboarding()).isTrue();
            assertThat(DERIVER.derive(candidate().monthsSinceLastWork(24).build(), job().build()).intensiveOnboarding()).isFalse();
            assertThat(DERIVER.derive(candidate().monthsSinceLastWork(25).build(), job().build()).intensiveOnboarding()).isTrue();
        }
    }

    /**
     * The policy words the rules read instead of comparing with a threshold themselves, each at its bound, and
     * from the policy: a blocker and the penalty beside it read the same word.
     */
    @Nested
    class PolicyWords {
        private final Roster mondayToWednesday = roster(shift(DayOfWeek.MONDAY, 6, 14), shift(DayOfWeek.TUESDAY, 6, 14),
                shift(DayOfWeek.WEDNESDAY, 6, 14));

        private Candidate carer(int minutesADay, DayOfWeek... days) {
            Candidate.Builder c = candidate();
            for (DayOfWeek day : days) {
                c.careWindow(new TimeWindow(day, LocalTime.of(7, 0), LocalTime.of(7, 0).plusMinutes(minutesADay)));
            }
            return c.build();
        }

        private RosterFit fit(FeatureDeriver deriver, Candidate c, Roster r) {
            return deriver.derive(c, job().roster(r).build()).bestRoster();
        }

        @Test
        void aCareConflictIsOnMostDaysFromThePolicysDaysAndMinutes() {
            DayOfWeek[] three = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY};

            assertThat(fit(DERIVER, carer(40, three), mondayToWednesday).careConflictOnMostDays()).isTrue();
            assertThat(fit(DERIVER, carer(39, three), mondayToWednesday).careConflictOnMostDays()).as("117 min").isFalse();
            assertThat(fit(DERIVER, carer(60, DayOfWeek.MONDAY, DayOfWeek.TUESDAY), mondayToWednesday)
                    .careConflictOnMostDays()).as("two days").isFalse();
            assertThat(fit(deriver("care.conflict.blocker.minDays = 2\n"),
                    carer(60, DayOfWeek.MONDAY, DayOfWeek.TUESDAY), mondayToWednesday).careConflictOnMostDays()).isTrue();
            assertThat(fit(deriver("care.conflict.blocker.minMinutes = 117\n"), carer(39, three), mondayToWednesday)
                    .careConflictOnMostDays()).isTrue();
        }

        @Test
        void theCareAConflictIsWithIsTheFirstDutyElseTheCareTimes() {
            Candidate times = carer(40, DayOfWeek.MONDAY);
            Candidate duties = times.toBuilder().careDuties(Set.of(CareDuty.ADULT_DEPENDANT, CareDuty.CHILDREN)).build();

            assertThat(fit(DERIVER, times, mondayToWednesday).careConflictWith()).isEqualTo(Term.CARE_WINDOWS);
            assertThat(fit(DERIVER, duties, mondayToWednesday).careConflictWith()).isEqualTo(CareDuty.CHILDREN);
            assertThat(fit(DERIVER, candidate().build(), mondayToWednesday).careConflictWith()).isNull();
        }

        @Test
        void muchNightWorkIsAFullNightShift() {
            assertThat(fit(DERIVER, candidate().build(), roster(shift(DayOfWeek.MONDAY, 22, 6))).muchNightWork()).isTrue();
            assertThat(fit(DERIVER, candidate().build(), roster(shift(DayOfWeek.MONDAY, 22, 5))).muchNightWork()).isFalse();
            assertThat(fit(deriver("night.blocker.minMinutes = 420\n"), candidate().build(),
                    roster(shift(DayOfWeek.MONDAY, 22, 5))).muchNightWork()).isTrue();
        }

        @Test
        void muchWeekendWorkAndMuchOutsideTheAvailabilityStartAtTheLargeMinutes() {
            Roster saturday = roster(shift(DayOfWeek.SATURDAY, 8, 12));
            Roster shortSaturday = roster(new Shift(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(11, 59)));
            Candidate mornings = candidate().availability(List.of(window(DayOfWeek.MONDAY, 8, 0, 12, 0))).build();

            assertThat(fit(DERIVER, candidate().build(), saturday).muchWeekendWork()).isTrue();
            assertThat(fit(DERIVER, candidate().build(), shortSaturday).muchWeekendWork()).isFalse();
            assertThat(fit(DERIVER, mornings, roster(shift(DayOfWeek.MONDAY, 8, 16))).muchOutsideAvailability()).isTrue();
            assertThat(fit(DERIVER, mornings, roster(shift(DayOfWeek.MONDAY, 8, 15))).muchOutsideAvailability()).isFalse();
            assertThat(fit(DERIVER, candidate().build(), roster(shift(DayOfWeek.MONDAY, 8, 16))).muchOutsideAvailability())
                    .as("availability unknown").isFalse();
            assertThat(fit(deriver("availability.large.minMinutes = 180\n"), mornings,
                    roster(shift(DayOfWeek.MONDAY, 8, 15))).muchOutsideAvailability()).isTrue();
        }

        @Test
        void aLargeShortfallIsTheHoursTheBlockerStartsAt() {
            Job fullTime = job().hours(38, 38).build();

            assertThat(DERIVER.derive(candidate().maxHoursPerWeek(30).build(), fullTime).hours().largeShortfall()).isTrue();
            assertThat(DERIVER.derive(candidate().maxHoursPerWeek(31).build(), fullTime).hours().largeShortfall()).isFalse();
            assertThat(DERIVER.derive(candidate().build(), fullTime).hours().largeShortfall()).as("unknown").isFalse();
            assertThat(deriver("hours.blocker.minShortfall = 7\n")
                    .derive(candidate().maxHoursPerWeek(31).build(), fullTime).hours().largeShortfall()).isTrue();
        }

        @Test
        void aRequirementIsQuicklyTrainableWhenMarkedTrainableWithinThePolicysWeeks() {
            Job j = job().requirement(Requirement.competence("a", 2).trainableIn(12))
                    .requirement(Requirement.competence("b", 2).trainableIn(13))
                    .requirement(Requirement.competence("c", 2)).build();

            assertThat(DERIVER.derive(candidate().build(), j).requirements())
                    .extracting(RequirementFit::code, RequirementFit::quicklyTrainable)
                    .containsExactly(tuple("a", true), tuple("b", false), tuple("c", false));
            assertThat(deriver("trainability.onJob.maxWeeks = 13\n").derive(candidate().build(), j)
                    .requirements().get(1).quicklyTrainable()).isTrue();
        }
    }

    /** Which of the supports a rule names the job offers, each as the one a finding names. */
    @Nested
    class OfferedSupports {
        private OfferedSupport offered(Job.Builder j, Support... supports) {
            return DERIVER.derive(candidate().build(), j.supports(new SupportOffer(Set.of(supports), Set.of(), 0, null))
                    .build()).offered();
        }

        @Test
        void theFirstOfTwoSupportsIsTheOneNamed() {
            assertThat(offered(job(), Support.BUDDY, Support.CONTACT_PERSON).contact()).isEqualTo(Support.BUDDY);
            assertThat(offered(job(), Support.CONTACT_PERSON).contact()).isEqualTo(Support.CONTACT_PERSON);
            assertThat(offered(job()).contact()).isNull();
            assertThat(offered(job(), Support.ERGONOMIC_AIDS, Support.MEDICALLY_ADAPTED_ZONE).heavyWorkAid())
                    .isEqualTo(Support.MEDICALLY_ADAPTED_ZONE);
            assertThat(offered(job(), Support.ERGONOMIC_AIDS).heavyWorkAid()).isEqualTo(Support.ERGONOMIC_AIDS);
            assertThat(offered(job(), Support.INTRO_CONVERSATION, Support.TRIAL_DAY).firstLook()).isEqualTo(Support.TRIAL_DAY);
            assertThat(offered(job(), Support.INTRO_CONVERSATION).firstLook()).isEqualTo(Support.INTRO_CONVERSATION);
        }

        @Test
        void interviewHelpIsAnInterpreterElseTheCoach() {
            Job.Builder viaCoach = job().applicationMode(ApplicationMode.VIA_COACH);

            assertThat(offered(viaCoach, Support.INTERVIEW_INTERPRETER).interviewHelp()).isEqualTo(Support.INTERVIEW_INTERPRETER);
            assertThat(offered(viaCoach).interviewHelp()).isEqualTo(ApplicationMode.VIA_COACH);
            assertThat(offered(job().applicationMode(ApplicationMode.IN_PERSON)).interviewHelp()).isNull();
        }

        @Test
        void theApplicationRouteIsAStatedWayOtherThanOnlineOnlyElseHelpWithIt() {
            Job.Builder onlineOnly = job().applicationMode(ApplicationMode.ONLINE_ONLY);

            assertThat(offered(onlineOnly, Support.APPLICATION_HELP).applicationRoute()).isEqualTo(Support.APPLICATION_HELP);
            assertThat(offered(onlineOnly).applicationRoute()).isNull();
            assertThat(offered(job().applicationMode(ApplicationMode.IN_PERSON), Support.APPLICATION_HELP).applicationRoute())
                    .isEqualTo(ApplicationMode.IN_PERSON);
            assertThat(offered(job(), Support.APPLICATION_HELP).applicationRoute()).as("mode not stated").isNull();
        }

        @Test
        void roomForAVaryingCapacityIsFlexibleAbsenceElseHoursTheWorkerSetsElsePartTimeByAgreement() {
            assertThat(offered(job().scheduleControl(ScheduleControl.FIXED), Support.FLEXIBLE_ABSENCE).capacityRoom())
                    .isEqualTo(Support.FLEXIBLE_ABSENCE);
            assertThat(offered(job().scheduleControl(ScheduleControl.EMPLOYEE_CONTROLLED)).capacityRoom())
                    .isEqualTo(ScheduleControl.EMPLOYEE_CONTROLLED);
            assertThat(offered(job().scheduleControl(ScheduleControl.NEGOTIABLE).partTimePossible(true)).capacityRoom())
                    .isEqualTo(ScheduleControl.NEGOTIABLE);
            assertThat(offered(job().scheduleControl(ScheduleControl.NEGOTIABLE)).capacityRoom()).isNull();
            assertThat(offered(job().scheduleControl(ScheduleControl.FIXED).partTimePossible(true)).capacityRoom()).isNull();
        }
    }

    /** What bridges a gap in Dutch, and why the job asks its level. */
    @Nested
    class DutchBridges {
        private DutchFit fit(Candidate c, Set<LanguageReason> reasons, Set<String> instructions, Support... supports) {
            Job j = job().dutch(new DutchRequirement(Cefr.B1, reasons, instructions))
                    .supports(new SupportOffer(Set.of(supports), Set.of("tr"), 0, null)).build();
            return DERIVER.derive(c, j).dutch();
        }

        private final Candidate a2 = candidate().language("nl", Cefr.A2).build();
        private final Set<LanguageReason> contact = Set.of(LanguageReason.CUSTOMER_CONTACT);

        @Test
        void aTranslationAppBridgesCommunicationButCannotCarrySafetyInstructions() {
            DutchFit app = fit(a2, contact, Set.of(), Support.TRANSLATION_APP);

            assertThat(app.bridgedBy()).isEqualTo(LanguageBridge.TRANSLATION_APP);
            assertThat(app.floorSupport()).isFalse();
            assertThat(fit(a2, contact, Set.of()).bridgedBy()).isNull();
        }

        @Test
        void coachingComesFirstThenAnInterpreterTheAppInstructionsInTheirLanguageAndABuddyWhoSpeaksIt() {
            Candidate turkish = a2.toBuilder().language("tr", Cefr.B2).build();

            assertThat(fit(turkish, contact, Set.of("tr"), Support.BUDDY, Support.TRANSLATION_APP,
                    Support.INTERPRETER_COLLEAGUE, Support.LANGUAGE_COACHING_ON_FLOOR).bridgedBy())
                    .isEqualTo(LanguageBridge.LANGUAGE_COACHING_ON_FLOOR);
            assertThat(fit(turkish, contact, Set.of("tr"), Support.BUDDY, Support.TRANSLATION_APP,
                    Support.INTERPRETER_COLLEAGUE).bridgedBy()).isEqualTo(LanguageBridge.INTERPRETER_COLLEAGUE);
            assertThat(fit(turkish, contact, Set.of("tr"), Support.BUDDY, Support.TRANSLATION_APP).bridgedBy())
                    .isEqualTo(LanguageBridge.TRANSLATION_APP);
            assertThat(fit(turkish, contact, Set.of("tr"), Support.BUDDY).bridgedBy()).isEqualTo(LanguageBridge.TRANSLATED_INSTRUCTIONS);
            assertThat(fit(turkish, contact, Set.of(), Support.BUDDY).bridgedBy()).isEqualTo(LanguageBridge.BUDDY);
            assertThat(fit(turkish, contact, Set.of(), Support.BUDDY).floorSupport()).isTrue();
            assertThat(fit(a2, contact, Set.of(), Support.BUDDY).bridgedBy()).as("a buddy who does not speak their language")
                    .isNull();
        }

        @Test
        void theReasonsAFindingNamesComeInTheRulesOrder() {
            assertThat(fit(a2, Set.of(LanguageReason.SOLO_WORK_WITHOUT_INTERPRETER, LanguageReason.SAFETY_INSTRUCTIONS), Set.of())
                    .safetyReason()).isEqualTo(LanguageReason.SAFETY_INSTRUCTIONS);
            assertThat(fit(a2, Set.of(LanguageReason.SOLO_WORK_WITHOUT_INTERPRETER, LanguageReason.READING_MEDICAL_OR_TECHNICAL_DOCS),
                    Set.of()).safetyReason()).isEqualTo(LanguageReason.READING_MEDICAL_OR_TECHNICAL_DOCS);
            assertThat(fit(a2, contact, Set.of()).safetyReason()).isNull();
            assertThat(fit(a2, Set.of(LanguageReason.WRITTEN_REPORTING, LanguageReason.CUSTOMER_CONTACT), Set.of())
                    .communicationReason()).isEqualTo(LanguageReason.CUSTOMER_CONTACT);
            assertThat(fit(a2, Set.of(LanguageReason.WRITTEN_REPORTING, LanguageReason.TEAM_COMMUNICATION), Set.of())
                    .communicationReason()).isEqualTo(LanguageReason.WRITTEN_REPORTING);
            assertThat(fit(a2, Set.of(LanguageReason.SAFETY_INSTRUCTIONS), Set.of()).communicationReason())
                    .isEqualTo(LanguageReason.TEAM_COMMUNICATION);
            assertThat(fit(a2, Set.of(LanguageReason.NATIVE_SPEAKER_REQUESTED), Set.of()).communicationReason())
                    .as("no reason tied to the work").isNull();
        }
    }

    /** Which input a finding names as missing. */
    @Nested
    class MissingInputs {
        @Test
        void aMissingLocationIsTheCandidatesHomeFirst() {
            assertThat(DERIVER.derive(candidate().home(null).build(), job().location(null).build()).commute().missing())
                    .isEqualTo(InputField.CANDIDATE_HOME);
            assertThat(DERIVER.derive(candidate().build(), job().location(null).build()).commute().missing())
                    .isEqualTo(InputField.JOB_LOCATION);
            assertThat(DERIVER.derive(candidate().build(), job().build()).commute().missing()).isNull();
        }

        @Test
        void aMissingWageIsTheJobsFirstAndAKnownWageBelowTheMinimumIsBelow() {
            Candidate needs13 = candidate().minHourlyWage(new BigDecimal("13.00")).build();

            WageFit below = DERIVER.derive(needs13, job().hourlyWage(new BigDecimal("12.99")).build()).wage();
            WageFit equal = DERIVER.derive(needs13, job().hourlyWage(new BigDecimal("13")).build()).wage();

            assertThat(below.below()).isTrue();
            assertThat(below.offered()).isEqualByComparingTo("12.99");
            assertThat(equal.below()).isFalse();
            assertThat(equal.known()).isTrue();
            assertThat(DERIVER.derive(candidate().build(), job().build()).wage().missing()).isEqualTo(InputField.JOB_HOURLY_WAGE);
            assertThat(DERIVER.derive(candidate().build(), job().hourlyWage(BigDecimal.TEN).build()).wage().missing())
                    .isEqualTo(InputField.CANDIDATE_MIN_HOURLY_WAGE);
        }
    }

    @Nested
    class Onboarding {
        @Test
        void aFirstJobInTheCountryOrLowSelfConfidenceAloneMeansIntensiveOnboarding() {
            assertThat(DERIVER.derive(candidate().firstJobInCountry(true).build(), job().build()).intensiveOnboarding()).isTrue();
            assertThat(DERIVER.derive(candidate().selfConfidence(Level.LOW).build(), job().build()).intensiveOnboarding()).isTrue();
            assertThat(DERIVER.derive(candidate().firstJobInCountry(false).selfConfidence(Level.MEDIUM).monthsSinceLastWork(3).build(),
                    job().build()).intensiveOnboarding()).isFalse();
            assertThat(DERIVER.derive(candidate().build(), job().build()).intensiveOnboarding()).isFalse();
        }
    }
}
