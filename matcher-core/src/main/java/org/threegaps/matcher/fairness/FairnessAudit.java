package org.threegaps.matcher.fairness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/**
 * Compares outcomes between groups of candidates. The groups come from outside the model and are
 * joined to the results by candidate id after scoring, so they cannot influence a score.
 *
 * <pre>{@code
 * FairnessReport report = FairnessAudit.run(matcher, Population.read(file), Groups.read(groupsFile),
 *         Verdict.MATCH_WITH_SUPPORT);
 * System.out.print(report.toText());
 * }</pre>
 */
public final class FairnessAudit {
    /** The four-fifths rule: a rate below 80 % of the reference rate is flagged. */
    public static final double FOUR_FIFTHS = 0.8;

    private FairnessAudit() {
    }

    /**
     * Scores every candidate of the population against every job, then compares the groups.
     *
     * @param matcher the matcher to score with
     * @param population the candidates and jobs to score
     * @param groups the group or groups of each candidate
     * @param threshold a pair counts as selected with this verdict or better
     * @return selection rates, verdicts and gap scores per group, and the blockers that fall on one group
     * @throws NullPointerException when an argument is null
     * @throws org.threegaps.matcher.RuleFailureException when a rule throws; names the rule and the pair
     */
    public static FairnessReport run(Matcher matcher, Population population, Groups groups, Verdict threshold) {
        List<Candidate> cs = new ArrayList<>();
        List<Job> js = new ArrayList<>();
        for (Candidate c : population.candidates()) {
            for (Job j : population.jobs()) {
                cs.add(c);
                js.add(j);
            }
        }
        return of(matcher.matchAll(cs, js), groups, threshold);
    }

    /**
     * Compares the groups over results already scored.
     *
     * @param results the scored pairs
     * @param groups the group or groups of each candidate
     * @param threshold a pair counts as selected when its verdict is this or better
     * @return selection rates, verdicts and gap scores per group, and the blockers that fall on one group
     * @throws NullPointerException when an argument is null
     */
    public static FairnessReport of(List<MatchResult> results, Groups groups, Verdict threshold) {
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(threshold, "threshold");
        Map<String, List<MatchResult>> byGroup = new TreeMap<>();
        Set<String> candidates = new HashSet<>();
        Set<String> jobs = new HashSet<>();
        for (MatchResult r : results) {
            candidates.add(r.candidateId());
            jobs.add(r.jobId());
            for (String group : groups.of(r.candidateId())) {
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(r);
            }
        }
        Map<String, Double> rates = new HashMap<>();
        byGroup.forEach((g, rs) -> rates.put(g, rs.stream().filter(r -> r.verdict().atLeast(threshold)).count()
                / (double) rs.size()));
        double best = rates.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<FairnessReport.GroupStats> stats = new ArrayList<>();
        byGroup.forEach((g, rs) -> stats.add(stats(g, rs, threshold, rates.get(g), best)));
        stats.sort(Comparator.comparingInt(FairnessReport.GroupStats::pairs).reversed()
                .thenComparing(FairnessReport.GroupStats::group));
        String ruleSet = results.stream().map(MatchResult::fingerprint).distinct()
                .reduce((a, b) -> a + "," + b).orElse("-");
        return new FairnessReport(threshold, candidates.size(), jobs.size(), ruleSet, stats,
                disparities(results, byGroup));
    }

    private static FairnessReport.GroupStats stats(String group, List<MatchResult> rs, Verdict threshold, double rate,
                                                   double best) {
        int selected = (int) rs.stream().filter(r -> r.verdict().atLeast(threshold)).count();
        Set<String> members = new TreeSet<>();
        Set<String> withAJob = new TreeSet<>();
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            verdicts.put(v, 0);
        }
        for (MatchResult r : rs) {
            members.add(r.candidateId());
            verdicts.merge(r.verdict(), 1, Integer::sum);
            if (r.verdict().atLeast(threshold)) {
                withAJob.add(r.candidateId());
            }
        }
        Map<Gap, FairnessReport.Distribution> gapScores = new EnumMap<>(Gap.class);
        for (Gap gap : Gap.values()) {
            gapScores.put(gap, distribution(rs.stream().mapToInt(r -> r.score(gap)).sorted().toArray()));
        }
        double ratio = best == 0 ? 1 : rate / best;
        return new FairnessReport.GroupStats(group, members.size(), rs.size(), selected, round(rate), round(ratio),
                ratio < FOUR_FIFTHS, round(withAJob.size() / (double) members.size()), verdicts, gapScores);
    }

    // per group and blocker rule: the share of pairs it blocks in the group against everyone else
    private static List<FairnessReport.RuleDisparity> disparities(List<MatchResult> results,
                                                                  Map<String, List<MatchResult>> byGroup) {
        Map<String, Integer> blockedAll = new TreeMap<>();
        for (MatchResult r : results) {
            blockerRules(r).forEach(id -> blockedAll.merge(id, 1, Integer::sum));
        }
        List<FairnessReport.RuleDisparity> out = new ArrayList<>();
        for (Map.Entry<String, List<MatchResult>> group : byGroup.entrySet()) {
            Map<String, Integer> blockedInGroup = new TreeMap<>();
            for (MatchResult r : group.getValue()) {
                blockerRules(r).forEach(id -> blockedInGroup.merge(id, 1, Integer::sum));
            }
            int inGroup = group.getValue().size();
            int rest = results.size() - inGroup;
            if (rest == 0) {
                continue;
            }
            for (Map.Entry<String, Integer> rule : blockedInGroup.entrySet()) {
                double rateIn = rule.getValue() / (double) inGroup;
                double rateRest = (blockedAll.get(rule.getKey()) - rule.getValue()) / (double) rest;
                double passRatio = (1 - rateIn) / (1 - rateRest);
                if (passRatio < FOUR_FIFTHS) {
                    out.add(new FairnessReport.RuleDisparity(rule.getKey(), group.getKey(), round(rateIn),
                            round(rateRest), round(passRatio)));
                }
            }
        }
        out.sort(Comparator.comparingDouble(FairnessReport.RuleDisparity::passRatio)
                .thenComparing(FairnessReport.RuleDisparity::ruleId).thenComparing(FairnessReport.RuleDisparity::group));
        return out;
    }

    private static Set<String> blockerRules(MatchResult r) {
        Set<String> ids = new TreeSet<>();
        for (Finding f : r.blockers()) {
            ids.add(f.ruleId());
        }
        return ids;
    }

    private static FairnessReport.Distribution distribution(int[] sorted) {
        if (sorted.length == 0) {
            return new FairnessReport.Distribution(0, 0, 0, 0, 0, 0);
        }
        double mean = java.util.Arrays.stream(sorted).average().orElse(0);
        return new FairnessReport.Distribution(sorted[0], rank(sorted, 0.25), rank(sorted, 0.5), rank(sorted, 0.75),
                sorted[sorted.length - 1], Math.round(mean * 10) / 10.0);
    }

    private static int rank(int[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
