package org.threegaps.matcher.spark;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.GapScore;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/** What one partition did, added up over all partitions for the run's summary. */
final class Counts implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How a gap came out for a pair. */
    enum GapOutcome { BLOCKED, PENALISED, CLEAR }

    long candidates;
    long rejected;
    long pairs;
    long scored;
    long provisional;
    final Map<String, Long> skipped = new TreeMap<>();
    final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    final Map<Gap, Map<GapOutcome, Long>> gaps = new EnumMap<>(Gap.class);

    Counts() {
        for (Verdict verdict : Verdict.values()) {
            verdicts.put(verdict, 0L);
        }
        for (Gap gap : Gap.values()) {
            Map<GapOutcome, Long> outcomes = new EnumMap<>(GapOutcome.class);
            for (GapOutcome outcome : GapOutcome.values()) {
                outcomes.put(outcome, 0L);
            }
            gaps.put(gap, outcomes);
        }
    }

    void scored(MatchResult result) {
        scored++;
        verdicts.merge(result.verdict(), 1L, Long::sum);
        provisional += result.provisional() ? 1 : 0;
        for (Gap gap : Gap.values()) {
            GapScore score = result.gapScore(gap);
            GapOutcome outcome = score.blockers() > 0 ? GapOutcome.BLOCKED
                    : score.penalties() > 0 ? GapOutcome.PENALISED : GapOutcome.CLEAR;
            gaps.get(gap).merge(outcome, 1L, Long::sum);
        }
    }

    void skipped(String blocker, long pairs) {
        skipped.merge(blocker, pairs, Long::sum);
    }

    long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    static Counts plus(Counts a, Counts b) {
        Counts sum = new Counts();
        for (Counts part : new Counts[] {a, b}) {
            sum.candidates += part.candidates;
            sum.rejected += part.rejected;
            sum.pairs += part.pairs;
            sum.scored += part.scored;
            sum.provisional += part.provisional;
            part.skipped.forEach((k, v) -> sum.skipped.merge(k, v, Long::sum));
            part.verdicts.forEach((k, v) -> sum.verdicts.merge(k, v, Long::sum));
            part.gaps.forEach((gap, outcomes) -> outcomes.forEach((k, v) -> sum.gaps.get(gap).merge(k, v, Long::sum)));
        }
        return sum;
    }
}
