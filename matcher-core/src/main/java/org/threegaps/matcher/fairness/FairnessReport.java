package org.threegaps.matcher.fairness;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Verdict;

/**
 * Outcomes per group: selection rates with the four-fifths check, verdicts and gap-score distributions,
 * and the rules whose blockers fall disproportionately on one group. A flag is a question for the
 * analyst, not a verdict on the rule: a wheelchair user is blocked by a workplace without access, and the
 * finding names the employer's lever. Write it as JSON with {@code Json.write(report)}.
 *
 * @param threshold     a pair counts as selected when its verdict is this or better
 * @param candidates    candidates scored
 * @param jobs          jobs scored
 * @param ruleSet       the fingerprint of the rule set used
 * @param groups        one entry per group, largest first
 * @param blockingRules blocker rules whose pass rate in a group is below four fifths of the rest's
 */
public record FairnessReport(Verdict threshold, int candidates, int jobs, String ruleSet, List<GroupStats> groups,
                             List<RuleDisparity> blockingRules) {
    /**
     * @param threshold     a pair counts as selected when its verdict is this or better
     * @param candidates    candidates scored
     * @param jobs          jobs scored
     * @param ruleSet       the fingerprint of the rule set used
     * @param groups        one entry per group, largest first
     * @param blockingRules blocker rules whose pass rate in a group is below four fifths of the rest's
     * @throws NullPointerException when a list is null or holds null
     */
    public FairnessReport {
        groups = List.copyOf(groups);
        blockingRules = List.copyOf(blockingRules);
    }

    /**
     * The outcomes of one group.
     *
     * @param group               the group name, as in the groups file
     * @param candidates          candidates in the group
     * @param pairs               pairs scored for them
     * @param selected            pairs with a verdict at the threshold or better
     * @param selectionRate       selected ÷ pairs
     * @param ratioToBest         selection rate ÷ the best group's selection rate (1 for the best group)
     * @param belowFourFifths     true when ratioToBest is below 0.8 (the four-fifths rule)
     * @param candidatesWithAJob  share of the group's candidates with at least one selected job
     * @param verdicts            pairs per verdict
     * @param gapScores           distribution of each gap's score over the group's pairs
     */
    public record GroupStats(String group, int candidates, int pairs, int selected, double selectionRate,
                             double ratioToBest, boolean belowFourFifths, double candidatesWithAJob,
                             Map<Verdict, Integer> verdicts, Map<Gap, Distribution> gapScores) {
    }

    /**
     * Five numbers and the mean of a set of scores (nearest-rank quartiles).
     *
     * @param min    lowest
     * @param p25    first quartile
     * @param median median
     * @param p75    third quartile
     * @param max    highest
     * @param mean   mean, to one decimal
     */
    public record Distribution(int min, int p25, int median, int p75, int max, double mean) {
    }

    /**
     * A blocker rule that falls more often on one group than on everyone else.
     *
     * @param ruleId        the rule
     * @param group         the group it falls on
     * @param rateInGroup   share of the group's pairs it blocks
     * @param rateInRest    share of the other pairs it blocks
     * @param passRatio     (1 − rateInGroup) ÷ (1 − rateInRest): below 0.8 is flagged
     */
    public record RuleDisparity(String ruleId, String group, double rateInGroup, double rateInRest, double passRatio) {
    }

    /** @return the groups below four fifths of the best group's selection rate */
    public List<GroupStats> flaggedGroups() {
        return groups.stream().filter(GroupStats::belowFourFifths).toList();
    }

    /** @return a plain-text report for the terminal */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Fairness audit: %d candidates × %d jobs, rule set %s, selected = %s or better%n",
                candidates, jobs, ruleSet, threshold));
        out.append(String.format(Locale.ROOT, "%n%-34s %6s %7s %9s %7s %6s %8s  %-17s %-17s %-17s%n", "group", "cand.",
                "pairs", "selected", "rate", "ratio", "4/5", "skill med [q1-q3]", "search", "organisation"));
        for (GroupStats g : groups) {
            out.append(String.format(Locale.ROOT, "%-34s %6d %7d %9d %6.1f%% %6.2f %8s  %-17s %-17s %-17s%n",
                    g.group(), g.candidates(), g.pairs(), g.selected(), 100 * g.selectionRate(), g.ratioToBest(),
                    g.belowFourFifths() ? "FLAG" : "ok", quartiles(g.gapScores().get(Gap.SKILL)),
                    quartiles(g.gapScores().get(Gap.SEARCH)), quartiles(g.gapScores().get(Gap.ORGANISATION))));
        }
        if (blockingRules.isEmpty()) {
            out.append(String.format("%nNo blocker falls on one group below four fifths of the rest's pass rate.%n"));
        } else {
            out.append(String.format("%nBlockers that fall disproportionately on a group (pass ratio < 0.8):%n"));
            for (RuleDisparity d : blockingRules) {
                out.append(String.format(Locale.ROOT, "  %-6s %-34s blocks %5.1f%% of the group, %5.1f%% of the rest, pass ratio %.2f%n",
                        d.ruleId(), d.group(), 100 * d.rateInGroup(), 100 * d.rateInRest(), d.passRatio()));
            }
        }
        return out.toString();
    }

    private static String quartiles(Distribution d) {
        return d == null ? "-" : d.median() + " [" + d.p25() + "-" + d.p75() + "]";
    }
}
