package org.threegaps.matcher.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A grace-period option is checked against the job's requirements while the job is being built. */
class JobGraceOptionTest {
    private static final Requirement LICENCE =
            new Requirement("driving-licence", RequirementCategory.DRIVING_LICENCE, 0, true, false, 0, false, 0);

    @Test
    void aGraceOptionForARequirementOfATaskIsAccepted() {
        Job job = Job.builder("green")
                .task(new Task("van", "drive the van", null, null, null, false, false, null, List.of(LICENCE)))
                .redesignOption(RedesignOption.grace("time", "driving-licence", 12, Effort.LOW))
                .build();

        assertThat(job.redesignOption("time")).isPresent();
    }

    @Test
    void aGraceOptionForAnUnknownRequirementIsRefusedWithItsName() {
        Job.Builder builder = Job.builder("green")
                .task(new Task("van", "drive the van", null, null, null, false, false, null, List.of(LICENCE)))
                .redesignOption(RedesignOption.grace("time", "forklift", 12, Effort.LOW));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("redesignOption time.requirementCode \"forklift\" is not a requirement of job green");
    }
}
