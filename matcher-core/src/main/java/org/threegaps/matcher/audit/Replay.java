package org.threegaps.matcher.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.MatchResult;

/**
 * Re-scores a kept decision from its recorded inputs and says whether the outcome is identical. Run it
 * with the rule set named in the audit to check a decision; run it with a newer rule set to see what a
 * rule change would have changed for this person.
 */
public final class Replay {
    private Replay() {
    }

    /**
     * @param recorded the decision on file
     * @param matcher the matcher to score with
     * @return what re-scoring {@code recorded} with {@code matcher}'s rule set in service gives
     */
    public static ReplayReport replay(AuditedResult recorded, Matcher matcher) {
        Objects.requireNonNull(recorded, "recorded");
        MatchResult now = matcher.match(recorded.candidate(), recorded.job());
        return compare(recorded, AuditedResult.of(now));
    }

    /**
     * @param recorded the decision on file
     * @param replayed the recomputed decision
     * @return the differences between a kept decision and a recomputation of it
     */
    public static ReplayReport compare(AuditedResult recorded, AuditedResult replayed) {
        AuditedResult.Outcome was = recorded.outcome();
        AuditedResult.Outcome is = replayed.outcome();
        List<String> differences = new ArrayList<>();
        if (was.verdict() != is.verdict()) {
            differences.add("verdict: " + was.verdict() + " → " + is.verdict());
        }
        if (was.overallScore() != is.overallScore()) {
            differences.add("overall score: " + was.overallScore() + " → " + is.overallScore());
        }
        for (Gap gap : Gap.values()) {
            if (!Objects.equals(was.gapScores().get(gap), is.gapScores().get(gap))) {
                differences.add(gap + " gap: " + was.gapScores().get(gap) + " → " + is.gapScores().get(gap));
            }
        }
        if (!was.suggestedActions().equals(is.suggestedActions())) {
            differences.add("suggested actions: " + was.suggestedActions() + " → " + is.suggestedActions());
        }
        if (!was.unknowns().equals(is.unknowns())) {
            differences.add("unknowns: " + was.unknowns() + " → " + is.unknowns());
        }
        List<Finding> onlyRecorded = minus(was.findings(), is.findings());
        List<Finding> onlyReplayed = minus(is.findings(), was.findings());
        if (onlyRecorded.isEmpty() && onlyReplayed.isEmpty() && !was.findings().equals(is.findings())) {
            differences.add("findings: same findings in another order");
        }
        boolean intact = recorded.audit().inputDigest().equals(replayed.audit().inputDigest());
        boolean identical = differences.isEmpty() && onlyRecorded.isEmpty() && onlyReplayed.isEmpty();
        return new ReplayReport(identical, intact, recorded.audit(), replayed.audit(), differences, onlyRecorded,
                onlyReplayed);
    }

    // multiset difference, so a finding reported twice on one side and once on the other shows up
    private static List<Finding> minus(List<Finding> a, List<Finding> b) {
        List<Finding> rest = new ArrayList<>(b);
        List<Finding> out = new ArrayList<>();
        for (Finding f : a) {
            if (!rest.remove(f)) {
                out.add(f);
            }
        }
        return out;
    }
}
