package org.threegaps.rules.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.fairness.FairnessAudit;
import org.threegaps.matcher.fairness.FairnessReport;
import org.threegaps.matcher.fairness.Groups;
import org.threegaps.matcher.fairness.Population;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.FunctionalNeed;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Verdict;
import org.threegaps.matcher.testkit.generate.RandomModels;
import org.threegaps.rules.Fixtures;

/** The fairness audit over the default rules: what it flags, and that it reads its files. */
class FairnessAuditRulesTest {
    @Test
    void workplacesWithoutAccessAreFlaggedAsFallingOnWheelchairUsers() {
        // GIVEN ten candidates, half wheelchair users, and jobs of which some have no step-free access
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            candidates.add(copyWithId(Fixtures.candidate().functionalNeeds(i % 2 == 0 ? Set.of(FunctionalNeed.WHEELCHAIR_USER) : Set.of())
                    .build(), "c-" + i));
        }
        List<Job> jobs = List.of(Fixtures.job().build(), jobWithoutAccess("j-stairs-1"), jobWithoutAccess("j-stairs-2"));
        // WHEN
        FairnessReport report = FairnessAudit.run(Trust.MATCHER, new Population(candidates, jobs),
                Groups.byFunctionalNeed(candidates), Verdict.MATCH_WITH_SUPPORT);
        // THEN the group is below four fifths and MO-06 is named, with the employer's lever in the finding
        assertThat(report.flaggedGroups()).extracting(FairnessReport.GroupStats::group).containsExactly("need:WHEELCHAIR_USER");
        assertThat(report.blockingRules()).anySatisfy(d -> {
            assertThat(d.ruleId()).isEqualTo("MO-06");
            assertThat(d.group()).isEqualTo("need:WHEELCHAIR_USER");
        });
        assertThat(report.toText()).contains("need:WHEELCHAIR_USER", "FLAG", "MO-06");
    }

    @Test
    void aPopulationFileGivesTheSameReportAsThePopulationInMemory(@TempDir Path dir) throws IOException {
        Random random = new Random(99);
        List<Candidate> candidates = RandomModels.candidates(random, 40);
        List<Job> jobs = RandomModels.jobs(random, 10);
        Population population = new Population(candidates, jobs);
        Path file = dir.resolve("population.json");
        Files.writeString(file, Json.write(population));
        Path groupsFile = dir.resolve("groups.csv");
        StringBuilder groups = new StringBuilder("candidate,group\n");
        for (int i = 0; i < 40; i++) {
            groups.append("c-").append(i).append(',').append(i % 3 == 0 ? "group x" : "group y").append('\n');
        }
        Files.writeString(groupsFile, groups);

        FairnessReport fromFiles = FairnessAudit.run(Trust.MATCHER, Population.read(file), Groups.read(groupsFile),
                Verdict.AFTER_REDESIGN);
        FairnessReport inMemory = FairnessAudit.run(Trust.MATCHER, population, Groups.read(groupsFile), Verdict.AFTER_REDESIGN);

        assertThat(fromFiles).isEqualTo(inMemory);
        assertThat(Json.write(fromFiles)).isEqualTo(Json.write(inMemory));
        assertThat(fromFiles.groups()).extracting(FairnessReport.GroupStats::pairs).containsExactly(260, 140);
    }

    private static Job jobWithoutAccess(String id) {
        Job base = Fixtures.job().wheelchairAccessible(false).build();
        return new Job(id, base.title(), base.employer(), base.sector(), base.location(), base.publicTransportReachable(),
                base.tasks(), base.requirements(), base.dutch(), base.rosters(), base.hoursMin(), base.hoursMax(),
                base.partTimePossible(), base.jobSharing(), base.scheduleControl(), base.physicalLoad(), base.hazards(),
                base.wheelchairAccessible(), base.dressCode(), base.supports(), base.applicationMode(), base.hourlyWage(),
                base.contract(), base.pathToPermanent(), base.developmentPath(), base.redesignOptions());
    }

    private static Candidate copyWithId(Candidate c, String id) {
        return new Candidate(id, c.name(), c.notes(), c.competences(), c.qualifications(), c.languages(),
                c.digitalSkill(), c.home(), c.drivingLicence(), c.car(), c.transportModes(),
                c.maxCommuteMinutes(), c.availability(), c.careWindows(), c.maxHoursPerWeek(),
                c.nightWork(), c.weekendWork(), c.careDuties(), c.singleCarer(), c.shortNoticeAbsence(),
                c.functionalNeeds(), c.safetyRestrictions(), c.workplaceNeeds(), c.monthsSinceLastWork(),
                c.firstJobInCountry(), c.selfConfidence(), c.needsHelpToExplainNeeds(), c.jobGoals(),
                c.minHourlyWage(), c.documentsAllow(), c.requiresStableContract(), c.negativeExperiences());
    }
}
