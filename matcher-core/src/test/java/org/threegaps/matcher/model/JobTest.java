package org.threegaps.matcher.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobTest {
    private static Job.Builder teacherJob() {
        return Job.builder("teacher").task(new Task("class", "teach a class", Importance.HIGH, Frequency.DAILY,
                TaskTiming.FROM_START, true, false, null, List.of(new Requirement("teaching-degree",
                RequirementCategory.QUALIFICATION, 0, true, false, 0, true, 0))));
    }

    @Test
    void graceOptionForARequirementOfATaskIsAccepted() {
        // the check runs in the compact constructor, before the record's fields are assigned
        Job job = teacherJob().redesignOption(RedesignOption.grace("grace", "teaching-degree", 12, Effort.LOW)).build();
        assertThat(job.redesignOption("grace")).isPresent();
    }

    @Test
    void graceOptionForAnUnknownRequirementIsRefusedNamingIt() {
        assertThatThrownBy(() -> teacherJob().redesignOption(RedesignOption.grace("grace", "forklift", 6, Effort.LOW)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("redesignOption grace.requirementCode \"forklift\" is not a requirement of job teacher");
    }

    @Test
    void aJobThatDoesNotSayWhoSetsTheHoursOrWhetherFewerArePossibleKeepsThatUnknown() {
        Job job = Job.builder("j").build();

        assertThat(job.partTimePossible()).isNull();
        assertThat(job.jobSharing()).isNull();
        assertThat(job.scheduleControl()).isNull();
        assertThat(job.toBuilder().build()).isEqualTo(job);
    }

    @Test
    void statedAnswersSurviveToBuilder() {
        Job job = Job.builder("j").partTimePossible(false).jobSharing(true).scheduleControl(ScheduleControl.FIXED).build();

        Job copy = job.toBuilder().build();

        assertThat(copy.partTimePossible()).isFalse();
        assertThat(copy.jobSharing()).isTrue();
        assertThat(copy.scheduleControl()).isEqualTo(ScheduleControl.FIXED);
    }

    @Test
    void aPartTimeOptionMakesAnUnstatedPartTimeAYes() {
        Job job = Job.builder("j").hours(38, 38).redesignOption(RedesignOption.partTime("pt", 20, Effort.LOW)).build();

        Job redesigned = job.apply(job.redesignOption("pt").orElseThrow());

        assertThat(redesigned.partTimePossible()).isTrue();
        assertThat(redesigned.hoursMin()).isEqualTo(20);
        assertThat(redesigned.jobSharing()).isNull();
    }
}
