package org.threegaps.matcher.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.FunctionalNeed;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.GapScore;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/** The arithmetic of the fairness audit, on hand-made results. */
class FairnessAuditTest {
    private static final Job JOB = Job.builder("j").build();

    @Test
    void selectionRatesAreComparedWithTheBestGroupAndFlaggedBelowFourFifths() {
        // GIVEN group a: 8 of 10 pairs selected; group b: 5 of 10
        List<MatchResult> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(result("a" + i, i < 8 ? Verdict.MATCH : Verdict.NOT_YET, 80, List.of()));
            results.add(result("b" + i, i < 5 ? Verdict.MATCH_WITH_SUPPORT : Verdict.NOT_YET, 60, List.of()));
        }
        Groups groups = groups("a", 10, "group a", "b", 10, "group b");
        // WHEN
        FairnessReport report = FairnessAudit.of(results, groups, Verdict.MATCH_WITH_SUPPORT);
        // THEN
        FairnessReport.GroupStats a = group(report, "group a");
        FairnessReport.GroupStats b = group(report, "group b");
        assertThat(a.selectionRate()).isEqualTo(0.8);
        assertThat(a.ratioToBest()).isEqualTo(1.0);
        assertThat(a.belowFourFifths()).isFalse();
        assertThat(b.selectionRate()).isEqualTo(0.5);
        assertThat(b.ratioToBest()).isEqualTo(0.625);
        assertThat(b.belowFourFifths()).isTrue();
        assertThat(report.flaggedGroups()).extracting(FairnessReport.GroupStats::group).containsExactly("group b");
        assertThat(b.verdicts()).containsEntry(Verdict.MATCH_WITH_SUPPORT, 5).containsEntry(Verdict.NOT_YET, 5);
        assertThat(b.gapScores().get(Gap.SKILL).median()).isEqualTo(60);
    }

    @Test
    void theThresholdDecidesWhatCountsAsSelected() {
        List<MatchResult> results = List.of(result("a0", Verdict.MATCH_WITH_SUPPORT, 70, List.of()),
                result("b0", Verdict.MATCH, 90, List.of()));
        Groups groups = groups("a", 1, "group a", "b", 1, "group b");

        assertThat(group(FairnessAudit.of(results, groups, Verdict.MATCH_WITH_SUPPORT), "group a").belowFourFifths()).isFalse();
        assertThat(group(FairnessAudit.of(results, groups, Verdict.MATCH), "group a").belowFourFifths()).isTrue();
    }

    @Test
    void aBlockerThatFallsMostlyOnOneGroupIsNamed() {
        // GIVEN XX-01 blocks 6 of 10 pairs of group a and 1 of 10 of group b
        List<MatchResult> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(result("a" + i, Verdict.NOT_YET, 50, i < 6 ? List.of(blocker("XX-01")) : List.of()));
            results.add(result("b" + i, Verdict.NOT_YET, 50, i < 1 ? List.of(blocker("XX-01")) : List.of()));
        }
        FairnessReport report = FairnessAudit.of(results, groups("a", 10, "group a", "b", 10, "group b"), Verdict.MATCH);

        assertThat(report.blockingRules()).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("XX-01");
            assertThat(d.group()).isEqualTo("group a");
            assertThat(d.rateInGroup()).isEqualTo(0.6);
            assertThat(d.rateInRest()).isEqualTo(0.1);
            assertThat(d.passRatio()).isEqualTo(0.4444);
        });
        assertThat(report.toText()).contains("XX-01", "group a", "pass ratio 0.44");
    }

    @Test
    void candidatesMissingFromTheGroupsFileFormTheirOwnGroup() {
        FairnessReport report = FairnessAudit.of(List.of(result("x", Verdict.MATCH, 90, List.of())),
                new Groups(Map.of()), Verdict.MATCH);

        assertThat(report.groups()).extracting(FairnessReport.GroupStats::group).containsExactly(Groups.UNASSIGNED);
    }

    @Test
    void aGroupsFileHasOneCandidateAndGroupALineWithCommentsAndAHeader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("groups.csv");
        Files.writeString(file, "candidate,group\n# self-declared, kept apart from the case file\nc1,women\nc1,over 55\n\nc2,men\n");

        Groups groups = Groups.read(file);

        assertThat(groups.of("c1")).containsExactly("over 55", "women");
        assertThat(groups.of("c2")).containsExactly("men");
        assertThat(groups.of("c3")).containsExactly(Groups.UNASSIGNED);
    }

    @Test
    void aBadGroupsLineIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("groups.csv");
        Files.writeString(file, "c1,women\nc2\n");

        assertThatThrownBy(() -> Groups.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("groups.csv:2").hasMessageContaining("\"c2\"");
    }

    @Test
    void functionalNeedGroupsPutEachDeclaredNeedInItsOwnGroup() {
        Candidate wheelchair = Candidate.builder("w").functionalNeeds(Set.of(FunctionalNeed.WHEELCHAIR_USER,
                FunctionalNeed.NEEDS_REST_BREAKS)).build();
        Candidate none = Candidate.builder("n").build();

        Groups groups = Groups.byFunctionalNeed(List.of(wheelchair, none));

        assertThat(groups.of("w")).containsExactly("need:NEEDS_REST_BREAKS", "need:WHEELCHAIR_USER");
        assertThat(groups.of("n")).containsExactly(Groups.NO_DECLARED_NEED);
    }

    private static FairnessReport.GroupStats group(FairnessReport report, String name) {
        return report.groups().stream().filter(g -> g.group().equals(name)).findFirst().orElseThrow();
    }

    private static Groups groups(String prefixA, int na, String groupA, String prefixB, int nb, String groupB) {
        Map<String, Set<String>> membership = new java.util.HashMap<>();
        for (int i = 0; i < na; i++) {
            membership.put(prefixA + i, Set.of(groupA));
        }
        for (int i = 0; i < nb; i++) {
            membership.put(prefixB + i, Set.of(groupB));
        }
        return new Groups(membership);
    }

    private static Finding blocker(String id) {
        return new Finding(id, Gap.ORGANISATION, "test", Kind.BLOCKER, 0, id, List.of(), List.of(Lever.WORKPLACE_ACCESS));
    }

    private static MatchResult result(String candidateId, Verdict verdict, int score, List<Finding> findings) {
        Map<Gap, GapScore> scores = new EnumMap<>(Gap.class);
        for (Gap gap : Gap.values()) {
            scores.put(gap, new GapScore(gap, score, 100 - score, 0, 0));
        }
        return new MatchResult(Candidate.builder(candidateId).build(), JOB, verdict, false, score, scores, findings, List.of(),
                List.of(), List.of(), "sha256:test");
    }
}
