package org.threegaps.rules.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.model.Roster;
import org.threegaps.matcher.model.Task;
import org.threegaps.matcher.testkit.generate.RandomModels;
import org.threegaps.rules.Fixtures;

/**
 * What must not matter does not: identifiers, names and free-text notes, and the order in which lists
 * were typed in, leave the result (verdict, scores, findings, levers, unknowns and every text in both
 * languages) identical.
 */
class InvarianceTest {
    private static final Matcher MATCHER = Trust.MATCHER;
    private static final int PAIRS = 300;

    @Test
    void identifiersNamesAndNotesDoNotChangeTheResult() {
        forEachPair((candidate, job) -> {
            Candidate renamed = rename(candidate, "someone-else", "Fatima El Amrani",
                    "55 jaar, draagt een hoofddoek, Marokkaanse afkomst, moslima, gescheiden");
            Job retitled = copyWithIdentity(job, "vacancy-77", "Something else entirely", "Another employer nv");
            assertSameResult(candidate, job, renamed, retitled, "renamed");
        });
    }

    @Test
    void theOrderOfListsDoesNotChangeTheResult() {
        forEachPair((candidate, job) -> {
            Candidate reordered = candidate.toBuilder()
                    .competences(reversed(candidate.competences()))
                    .availability(candidate.availability() == null ? null : reversed(candidate.availability()))
                    .build();
            Job reorderedJob = reorderedJob(job);
            assertSameResult(candidate, job, reordered, reorderedJob, "reordered");
        });
    }

    @Test
    void theNeutralPersonaIsUnchangedByFreeTextThatNamesProtectedTraits() {
        Candidate candidate = Fixtures.candidate().build();
        Job job = Fixtures.job().build();
        for (String notes : List.of("vrouw, 58 jaar", "man, 19 jaar, Syrische vluchteling", "draagt een hoofddoek",
                "diagnose: autisme", "Roma, katholiek")) {
            assertSameResult(candidate, job, candidate.toBuilder().notes(notes).build(), job, "notes " + notes);
        }
    }

    private static void forEachPair(java.util.function.BiConsumer<Candidate, Job> check) {
        Random random = new Random(4242);
        check.accept(Fixtures.candidate().build(), Fixtures.job().build());
        for (int i = 0; i < PAIRS; i++) {
            check.accept(RandomModels.candidate(random, "c-" + i), RandomModels.job(random, "j-" + i));
        }
    }

    private static void assertSameResult(Candidate c1, Job j1, Candidate c2, Job j2, String change) {
        Trust.View before = Trust.View.of(MATCHER.match(c1, j1));
        Trust.View after = Trust.View.of(MATCHER.match(c2, j2));
        assertThat(after).as("%s changed the result of %s × %s", change, c1.id(), j1.id()).isEqualTo(before);
    }

    private static Candidate rename(Candidate c, String id, String name, String notes) {
        // the builder keeps the id it was made with: copy every other field through a new record
        Candidate copy = c.toBuilder().name(name).notes(notes).build();
        return new Candidate(id, copy.name(), copy.notes(), copy.competences(), copy.qualifications(), copy.languages(),
                copy.digitalSkill(), copy.home(), copy.drivingLicence(), copy.car(), copy.transportModes(),
                copy.maxCommuteMinutes(), copy.availability(), copy.careWindows(), copy.maxHoursPerWeek(),
                copy.nightWork(), copy.weekendWork(), copy.careDuties(), copy.singleCarer(), copy.shortNoticeAbsence(),
                copy.functionalNeeds(), copy.safetyRestrictions(), copy.workplaceNeeds(), copy.monthsSinceLastWork(),
                copy.firstJobInCountry(), copy.selfConfidence(), copy.needsHelpToExplainNeeds(), copy.jobGoals(),
                copy.minHourlyWage(), copy.documentsAllow(), copy.requiresStableContract(), copy.negativeExperiences());
    }

    private static Job copyWithIdentity(Job j, String id, String title, String employer) {
        return new Job(id, title, employer, j.sector(), j.location(), j.publicTransportReachable(), j.tasks(),
                j.requirements(), j.dutch(), j.rosters(), j.hoursMin(), j.hoursMax(), j.partTimePossible(),
                j.jobSharing(), j.scheduleControl(), j.physicalLoad(), j.hazards(), j.wheelchairAccessible(),
                j.dressCode(), j.supports(), j.applicationMode(), j.hourlyWage(), j.contract(), j.pathToPermanent(),
                j.developmentPath(), j.redesignOptions());
    }

    private static Job reorderedJob(Job j) {
        List<Task> tasks = new ArrayList<>();
        for (Task t : reversed(j.tasks())) {
            tasks.add(new Task(t.id(), t.name(), t.importance(), t.frequency(), t.timing(), t.regulated(),
                    t.reassignable(), t.dutchLevel(), reversed(t.requirements())));
        }
        List<Roster> rosters = new ArrayList<>();
        for (Roster r : reversed(j.rosters())) {
            rosters.add(new Roster(r.id(), reversed(r.shifts())));
        }
        List<RedesignOption> options = reversed(j.redesignOptions());
        return new Job(j.id(), j.title(), j.employer(), j.sector(), j.location(), j.publicTransportReachable(), tasks,
                reversed(j.requirements()), j.dutch(), rosters, j.hoursMin(), j.hoursMax(), j.partTimePossible(),
                j.jobSharing(), j.scheduleControl(), j.physicalLoad(), j.hazards(), j.wheelchairAccessible(),
                j.dressCode(), j.supports(), j.applicationMode(), j.hourlyWage(), j.contract(), j.pathToPermanent(),
                j.developmentPath(), options);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
