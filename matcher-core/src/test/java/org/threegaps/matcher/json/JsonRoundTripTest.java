package org.threegaps.matcher.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.DutchRequirement;
import org.threegaps.matcher.model.Effort;
import org.threegaps.matcher.model.Evidence;
import org.threegaps.matcher.model.Frequency;
import org.threegaps.matcher.model.Importance;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.LanguageReason;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.RedesignKind;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.model.Requirement;
import org.threegaps.matcher.model.Roster;
import org.threegaps.matcher.model.Shift;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.model.Task;
import org.threegaps.matcher.model.TaskTiming;
import org.threegaps.matcher.model.TimeWindow;
import org.threegaps.matcher.model.TransportMode;

/** Candidates and jobs survive read → write → read unchanged. */
class JsonRoundTripTest {

    static Path resource(String name) {
        try {
            return Path.of(JsonRoundTripTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"amira.json", "ch.json"})
    void aCandidateFileReadsBackEqualAfterWriting(String file) {
        Candidate read = Json.readCandidate(resource(file));

        Candidate again = Json.read("written " + file, Json.write(read), Candidate.class);

        assertThat(again).isEqualTo(read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"orderpicker-genk-zuid.json", "zorgkundige-genk.json"})
    void aJobFileReadsBackEqualAfterWriting(String file) {
        Job read = Json.readJob(resource(file));

        Job again = Json.read("written " + file, Json.write(read), Job.class);

        assertThat(again).isEqualTo(read);
        assertThat(Json.write(again)).isEqualTo(Json.write(read));
    }

    @Test
    void aCandidateBuiltInCodeWithEveryKindOfValueReadsBackEqual() {
        Candidate built = Candidate.builder("c1").name("Ci").competence("forklift", 2, Evidence.WORK_EXPERIENCE)
                .language("nl", Cefr.A2).language("ar", Cefr.C2).home(Location.at(50.93, 5.33))
                .drivingLicence(true).car(false).transportModes(Set.of(TransportMode.BIKE, TransportMode.PUBLIC_TRANSPORT))
                .maxCommuteMinutes(40).availability(List.of(new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.MIDNIGHT)))
                .careWindow(new TimeWindow(DayOfWeek.FRIDAY, LocalTime.of(15, 0), LocalTime.of(16, 30)))
                .maxHoursPerWeek(30).nightWork(false).minHourlyWage(new BigDecimal("13.5")).build();

        assertThat(Json.read("built", Json.write(built), Candidate.class)).isEqualTo(built);
    }

    @Test
    void aJobBuiltInCodeWithTasksRostersSupportsAndRedesignOptionsReadsBackEqual() {
        Requirement licence = new Requirement("forklift", org.threegaps.matcher.model.RequirementCategory.COMPETENCE,
                2, true, true, 3, false, 0);
        Roster night = new Roster("night", List.of(new Shift(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))));
        Job built = Job.builder("j1").title("order picker").location(Location.postcode("3600"))
                .task(new Task("pick", "pick orders", Importance.HIGH, Frequency.DAILY, TaskTiming.FROM_START, false, false,
                        Cefr.A1, List.of(licence)))
                .task(new Task("report", "write the shift report", Importance.LOW, Frequency.WEEKLY, TaskTiming.FROM_START,
                        false, true, Cefr.B1, List.of()))
                .dutch(new DutchRequirement(Cefr.A2, Set.of(LanguageReason.SAFETY_INSTRUCTIONS), Set.of("en", "pl")))
                .roster(night).hours(20, 38).partTimePossible(true)
                .supports(new SupportOffer(Set.of(Support.BUDDY), Set.of("ar"), 2, 12))
                .hourlyWage(new BigDecimal("14.20"))
                .redesignOption(RedesignOption.task("no-report", RedesignKind.REASSIGN_TASK, "report", Effort.LOW))
                .redesignOption(RedesignOption.extraRoster("day", new Roster("day",
                        List.of(new Shift(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(16, 0)))), Effort.MEDIUM))
                .redesignOption(RedesignOption.grace("time", "forklift", 6, Effort.LOW))
                .build();

        assertThat(Json.read("built", Json.write(built), Job.class)).isEqualTo(built);
    }

    @Test
    void aJobThatDoesNotSayWhoSetsTheHoursOrWhetherFewerArePossibleReadsAsUnknownAndStaysUnknown() {
        Job read = Json.read("job.json", "{\"id\": \"j\", \"hoursMax\": 38}", Job.class);

        assertThat(read.partTimePossible()).isNull();
        assertThat(read.jobSharing()).isNull();
        assertThat(read.scheduleControl()).isNull();
        assertThat(Json.read("written", Json.write(read), Job.class)).isEqualTo(read);
    }

    @Test
    void aJobThatSaysNoAndFixedKeepsItsAnswers() {
        Job read = Json.read("job.json", "{\"id\": \"j\", \"hoursMax\": 38, \"partTimePossible\": false,"
                + " \"jobSharing\": false, \"scheduleControl\": \"FIXED\"}", Job.class);

        assertThat(read.partTimePossible()).isFalse();
        assertThat(read.jobSharing()).isFalse();
        assertThat(read.scheduleControl()).isEqualTo(org.threegaps.matcher.model.ScheduleControl.FIXED);
        assertThat(Json.read("written", Json.write(read), Job.class)).isEqualTo(read);
    }
}
