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
}
