package org.threegaps.rules.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.audit.Audit;
import org.threegaps.matcher.audit.AuditedResult;
import org.threegaps.matcher.audit.Replay;
import org.threegaps.matcher.audit.ReplayReport;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.testkit.generate.RandomModels;
import org.threegaps.rules.Fixtures;

/** Every result names what it was computed from, and a kept result can be recomputed and compared. */
class AuditReplayTest {
    private static final Matcher MATCHER = Trust.MATCHER;

    @Test
    void everyResultCarriesTheInputDigestTheRuleSetFingerprintAndTheLibraryVersion() {
        MatchResult result = MATCHER.match(Fixtures.candidate().build(), Fixtures.job().build());

        Audit audit = Audit.of(result);

        assertThat(audit.inputDigest()).matches("sha256:[0-9a-f]{64}");
        assertThat(audit.ruleSetFingerprint()).isEqualTo(MATCHER.fingerprint()).isEqualTo(result.fingerprint());
        assertThat(audit.libraryVersion()).isNotBlank().isNotEqualTo("unknown").doesNotContain("${");
    }

    @Test
    void theDigestChangesWithAnyInputAndNotWithHowTheInputWasBuilt() {
        Candidate candidate = Fixtures.candidate().build();
        Job job = Fixtures.job().build();
        Candidate rebuilt = candidate.toBuilder().build();
        Candidate otherName = candidate.toBuilder().name("Someone else").build();

        assertThat(Audit.inputDigest(rebuilt, job)).isEqualTo(Audit.inputDigest(candidate, job));
        assertThat(Audit.inputDigest(otherName, job)).isNotEqualTo(Audit.inputDigest(candidate, job));
        assertThat(Audit.inputDigest(candidate, job.toBuilder().hours(20, 38).build()))
                .isNotEqualTo(Audit.inputDigest(candidate, job));
    }

    @Test
    void theSameInputGivesByteIdenticalKeptJson() {
        Random random = new Random(7);
        Candidate candidate = RandomModels.candidate(random, "c-1");
        Job job = RandomModels.job(random, "j-1");

        String first = AuditedResult.of(MATCHER.match(candidate, job)).toJson();
        String second = AuditedResult.of(MATCHER.match(candidate, job)).toJson();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aKeptResultReadBackFromJsonReplaysAsIdentical() {
        Random random = new Random(11);
        for (int i = 0; i < 50; i++) {
            Candidate candidate = RandomModels.candidate(random, "c-" + i);
            Job job = RandomModels.job(random, "j-" + i);
            String kept = AuditedResult.of(MATCHER.match(candidate, job)).toJson();

            ReplayReport report = Replay.replay(AuditedResult.fromJson("result-" + i + ".json", kept), MATCHER);

            assertThat(report.identical()).as("%s%n%s", report.summary(), kept).isTrue();
            assertThat(report.inputsIntact()).isTrue();
            assertThat(report.sameRuleSet()).isTrue();
            assertThat(report.summary()).isEqualTo("identical");
        }
    }

    @Test
    void replayWithChangedPointsReportsTheDifferingFindingsAndBothFingerprints() {
        // GIVEN a decision with a long-commute penalty, kept under the default rules
        Candidate candidate = Fixtures.candidate().maxCommuteMinutes(50)
                .transportModes(java.util.EnumSet.of(TransportMode.WALK)).build();
        Job job = Fixtures.job().build();
        AuditedResult kept = AuditedResult.of(MATCHER.match(candidate, job));
        assertThat(kept.outcome().findings()).anyMatch(f -> f.ruleId().equals("MO-02"));
        // WHEN it is replayed with rules whose MO-02 penalty weighs more
        RuleSource defaults = RuleSource.defaults();
        String policy = defaults.text(RuleSource.PARAMETERS).replaceAll("(?m)^MO-02\\.points\\s*=.*$", "MO-02.points = 40");
        Matcher changed = Matcher.withRules(defaults.with(RuleSource.PARAMETERS, policy)).build();
        ReplayReport report = Replay.replay(kept, changed);
        // THEN the report names the change
        assertThat(report.sameRuleSet()).isFalse();
        assertThat(report.inputsIntact()).isTrue();
        assertThat(report.identical()).isFalse();
        assertThat(report.onlyRecorded()).anyMatch(f -> f.ruleId().equals("MO-02"));
        assertThat(report.onlyReplayed()).anyMatch(f -> f.ruleId().equals("MO-02") && f.points() == 40);
        assertThat(report.summary()).startsWith("different").contains("rule set: recorded", "MO-02");
    }

    @Test
    void replayNoticesInputsEditedAfterTheDecision() {
        Candidate candidate = Fixtures.candidate().build();
        Job job = Fixtures.job().build();
        AuditedResult kept = AuditedResult.of(MATCHER.match(candidate, job));
        AuditedResult edited = new AuditedResult(kept.audit(), candidate.toBuilder().maxCommuteMinutes(5).build(), job,
                kept.outcome());

        ReplayReport report = Replay.replay(edited, MATCHER);

        assertThat(report.inputsIntact()).isFalse();
        assertThat(report.summary()).contains("inputs edited after the decision");
    }
}
