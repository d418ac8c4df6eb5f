package org.threegaps.matcher.spark;

import org.threegaps.matcher.internal.MatcherInternals;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.engine.RuleInfo;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Verdict;

/**
 * What a run did, written as {@code summary.json} and printed: how many pairs were scored, how many were
 * skipped and by which blocker (no hidden exclusion), the verdicts and how each gap came out.
 *
 * @param fingerprint  the rule set every listed pair was scored with
 * @param rules        where the rule set was read
 * @param candidates   candidates read and scored
 * @param jobs         jobs read and scored
 * @param rejected     input documents that could not be read (see {@code rejected/})
 * @param pairs        pair counts
 * @param blocking     "on", or why no pair was skipped
 * @param verdicts     verdict counts over the listed-or-better pairs scored; every skipped pair has a verdict below
 *                     {@code atLeast} (with the default, "not yet") besides these
 * @param provisional  scored pairs whose verdict is provisional: a fact an essential rule needs is unknown
 * @param gaps         per gap: pairs where it holds a blocker, a penalty but no blocker, or neither
 * @param top          list length
 * @param atLeast      the worst verdict listed
 * @param seconds      wall-clock seconds of the run
 * @param pairsPerSecond pairs considered (scored and skipped) per second
 */
@JsonPropertyOrder({"fingerprint", "rules", "candidates", "jobs", "rejected", "pairs", "blocking", "verdicts",
        "provisional", "gaps", "top", "atLeast", "seconds", "pairsPerSecond"})
public record Summary(String fingerprint, String rules, long candidates, long jobs, Rejected rejected, Pairs pairs,
                      String blocking, Map<Verdict, Long> verdicts, long provisional,
                      Map<Gap, Map<Counts.GapOutcome, Long>> gaps,
                      int top, Verdict atLeast, double seconds, double pairsPerSecond) {

    /** @param candidates candidate documents rejected; @param jobs job documents rejected */
    public record Rejected(long candidates, long jobs, List<String> errors) {
    }

    /**
     * @param total     candidates × jobs
     * @param scored    pairs scored by the rules whose verdict is {@code atLeast} or better
     * @param skipped   pairs whose verdict is below {@code atLeast}: left out by the screen, or scored and below
     * @param skippedBy per rule id (the first essential rule of the pair, by id): how many pairs, and the rule's
     *                  own words; "" for pairs held back by an unknown fact an essential rule needs
     */
    @JsonPropertyOrder({"total", "scored", "skipped", "skippedBy"})
    public record Pairs(long total, long scored, long skipped, Map<String, Skip> skippedBy) {
    }

    /** @param pairs pairs skipped; @param rule the essential rule they rest on; @param why its reason, in words */
    public record Skip(long pairs, String rule, String why) {
    }

    static Summary of(SparkMatchJob.Options options, Matcher matcher, long jobs, Counts counts, long rejectedJobs,
                      List<PartitionOutput.Rejected> rejected, String blockingOff, double seconds) {
        Map<String, Skip> skippedBy = new LinkedHashMap<>();
        counts.skipped.forEach((id, pairs) -> skippedBy.put(id, new Skip(pairs,
                MatcherInternals.ruleBase(matcher).catalog().byId(id).map(RuleInfo::name).orElse("an unknown fact an essential rule needs"),
                MatcherInternals.ruleBase(matcher).catalog().byId(id).map(RuleInfo::reason).orElse(""))));
        List<String> errors = rejected.stream().limit(20).map(r -> r.error()).toList();
        return new Summary(matcher.fingerprint(), MatcherInternals.ruleBase(matcher).source().origin(), counts.candidates, jobs,
                new Rejected(counts.rejected, rejectedJobs, errors),
                new Pairs(counts.pairs, counts.scored, counts.skippedTotal(), skippedBy),
                blockingOff == null ? "on" : blockingOff, counts.verdicts, counts.provisional, counts.gaps, options.top(),
                options.atLeast(), Math.round(seconds * 10) / 10.0,
                seconds > 0 ? Math.round(counts.pairs / seconds) : 0);
    }

    /** @return the summary as a few lines for a terminal */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(java.util.Locale.ROOT, "rule set   %s (%s)%n", fingerprint, rules));
        out.append(String.format(java.util.Locale.ROOT, "read       %,d candidates, %,d jobs; rejected %,d candidates, %,d jobs%n",
                candidates, jobs, rejected.candidates(), rejected.jobs()));
        out.append(String.format(java.util.Locale.ROOT, "pairs      %,d: %,d scored, %,d skipped (blocking %s)%n",
                pairs.total(), pairs.scored(), pairs.skipped(), blocking));
        pairs.skippedBy().forEach((id, skip) -> out.append(String.format(java.util.Locale.ROOT,
                "  skipped  %,d below %s, first by %s%n", skip.pairs(), atLeast, skip.rule())));
        out.append("verdicts  ");
        verdicts.forEach((verdict, n) -> out.append(String.format(java.util.Locale.ROOT, " %s %,d", verdict, n)));
        out.append(String.format(java.util.Locale.ROOT, "; provisional %,d (a fact an essential rule needs is unknown)",
                provisional));
        out.append(System.lineSeparator());
        gaps.forEach((gap, outcomes) -> {
            out.append(String.format(java.util.Locale.ROOT, "  %-12s", gap));
            outcomes.forEach((outcome, n) -> out.append(String.format(java.util.Locale.ROOT, " %s %,d", outcome, n)));
            out.append(System.lineSeparator());
        });
        out.append(String.format(java.util.Locale.ROOT, "time       %.1f s, %,.0f pairs/s%n", seconds, pairsPerSecond));
        return out.toString();
    }
}
