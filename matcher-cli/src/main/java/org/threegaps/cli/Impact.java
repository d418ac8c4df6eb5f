package org.threegaps.cli;

import org.threegaps.matcher.internal.MatcherInternals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.features.Policy;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/**
 * What a rule or parameter change does to a population: every candidate is scored against every job with
 * the rule set before and after, and the differences are counted — verdicts, gap scores, which rules fire —
 * and kept per pair, so a reviewer can read the findings that appeared and disappeared.
 */
final class Impact {
    /** One pair scored with both rule sets. */
    record PairChange(MatchResult before, MatchResult after) {
        boolean verdictChanged() {
            return before.verdict() != after.verdict();
        }

        int overallShift() {
            return after.overallScore() - before.overallScore();
        }

        int shift(Gap gap) {
            return after.score(gap) - before.score(gap);
        }

        /** @return findings the old rule set produced and the new one does not (or not in this form) */
        List<Finding> removed() {
            return before.findings().stream().filter(f -> !after.findings().contains(f)).toList();
        }

        /** @return findings the new rule set produced and the old one did not (or not in this form) */
        List<Finding> added() {
            return after.findings().stream().filter(f -> !before.findings().contains(f)).toList();
        }

        boolean changed() {
            return verdictChanged() || overallShift() != 0
                    || Arrays.stream(Gap.values()).anyMatch(g -> shift(g) != 0)
                    || !before.findings().equals(after.findings());
        }

        /** How much changed, to list the most changed pairs first. */
        int weight() {
            int gaps = Arrays.stream(Gap.values()).mapToInt(g -> Math.abs(shift(g))).sum();
            return (verdictChanged() ? 100_000 : 0) + Math.abs(overallShift()) * 1_000 + gaps * 10
                    + removed().size() + added().size();
        }
    }

    /** How the scores of one gap (or the overall score, gap null) moved over the changed pairs. */
    record Shift(Gap gap, int pairs, int smallest, int largest, double mean) {
    }

    /** How many pairs a rule fired on, before and after. */
    record Firings(String ruleId, int before, int after) {
    }

    private final RuleSource beforeRules;
    private final RuleSource afterRules;
    private final int candidates;
    private final int jobs;
    private final List<PairChange> pairs;

    private Impact(RuleSource beforeRules, RuleSource afterRules, int candidates, int jobs, List<PairChange> pairs) {
        this.beforeRules = beforeRules;
        this.afterRules = afterRules;
        this.candidates = candidates;
        this.jobs = jobs;
        this.pairs = pairs;
    }

    /** @return every candidate scored against every job with both matchers */
    static Impact of(Matcher before, Matcher after, List<Candidate> candidates, List<Job> jobs) {
        List<Candidate> cs = new ArrayList<>(candidates.size() * jobs.size());
        List<Job> js = new ArrayList<>(candidates.size() * jobs.size());
        for (Candidate c : candidates) {
            for (Job j : jobs) {
                cs.add(c);
                js.add(j);
            }
        }
        List<MatchResult> old = before.matchAll(cs, js);
        List<MatchResult> now = after.matchAll(cs, js);
        List<PairChange> pairs = new ArrayList<>(old.size());
        for (int i = 0; i < old.size(); i++) {
            pairs.add(new PairChange(old.get(i), now.get(i)));
        }
        return new Impact(MatcherInternals.ruleBase(before).source(), MatcherInternals.ruleBase(after).source(), candidates.size(), jobs.size(), pairs);
    }

    int candidates() {
        return candidates;
    }

    int jobs() {
        return jobs;
    }

    /** @return the number of pairs scored */
    int pairs() {
        return pairs.size();
    }

    /** @return the pairs where anything changed: verdict, a score or a finding */
    List<PairChange> changed() {
        return pairs.stream().filter(PairChange::changed).toList();
    }

    /** @return the pairs whose verdict changed */
    long verdictChanges() {
        return pairs.stream().filter(PairChange::verdictChanged).count();
    }

    /** @return per verdict, how many pairs had it before and after */
    Map<Verdict, int[]> verdicts() {
        Map<Verdict, int[]> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, new int[2]);
        }
        for (PairChange p : pairs) {
            counts.get(p.before().verdict())[0]++;
            counts.get(p.after().verdict())[1]++;
        }
        return counts;
    }

    /** @return "from → to" with the number of pairs, most frequent first */
    List<Map.Entry<String, Integer>> transitions() {
        Map<String, Integer> counts = new TreeMap<>();
        for (PairChange p : pairs) {
            if (p.verdictChanged()) {
                counts.merge(p.before().verdict().name() + " " + p.after().verdict().name(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    /** @return per gap, then overall (gap null), how the scores moved on the pairs where they moved */
    List<Shift> shifts() {
        List<Shift> shifts = new ArrayList<>();
        for (Gap gap : Gap.values()) {
            shifts.add(shift(gap, pairs.stream().mapToInt(p -> p.shift(gap)).filter(s -> s != 0).toArray()));
        }
        shifts.add(shift(null, pairs.stream().mapToInt(PairChange::overallShift).filter(s -> s != 0).toArray()));
        return shifts;
    }

    private static Shift shift(Gap gap, int[] moved) {
        if (moved.length == 0) {
            return new Shift(gap, 0, 0, 0, 0);
        }
        return new Shift(gap, moved.length, Arrays.stream(moved).min().orElse(0),
                Arrays.stream(moved).max().orElse(0), Arrays.stream(moved).average().orElse(0));
    }

    /** @return the rules that fire on a different number of pairs, by id */
    List<Firings> firings() {
        Map<String, int[]> counts = new TreeMap<>();
        for (PairChange p : pairs) {
            new TreeSet<>(p.before().findings().stream().map(Finding::ruleId).toList())
                    .forEach(id -> counts.computeIfAbsent(id, k -> new int[2])[0]++);
            new TreeSet<>(p.after().findings().stream().map(Finding::ruleId).toList())
                    .forEach(id -> counts.computeIfAbsent(id, k -> new int[2])[1]++);
        }
        return counts.entrySet().stream().filter(e -> e.getValue()[0] != e.getValue()[1])
                .map(e -> new Firings(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** @return the {@code n} most changed pairs: verdict changes first, then the largest score shifts */
    List<PairChange> mostChanged(int n) {
        return changed().stream()
                .sorted(Comparator.comparingInt(PairChange::weight).reversed()
                        .thenComparing(p -> p.before().candidateId()).thenComparing(p -> p.before().jobId()))
                .limit(n).toList();
    }

    /** @return the parameters whose value differs: key, before (null when new), after (null when gone) */
    List<String[]> changedParameters() {
        Map<String, String> old = Policy.parse(RuleSource.PARAMETERS,
                Objects.requireNonNullElse(beforeRules.text(RuleSource.PARAMETERS), "")).values();
        Map<String, String> now = Policy.parse(RuleSource.PARAMETERS,
                Objects.requireNonNullElse(afterRules.text(RuleSource.PARAMETERS), "")).values();
        List<String[]> changes = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(old.keySet());
        keys.addAll(now.keySet());
        keys.forEach(key -> {
            if (!Objects.equals(old.get(key), now.get(key))) {
                changes.add(new String[] {key, old.get(key), now.get(key)});
            }
        });
        return changes;
    }

    /** @return the rule and message files that differ, added or removed (the parameters are listed apart) */
    List<String> changedFiles() {
        TreeSet<String> names = new TreeSet<>(beforeRules.names());
        names.addAll(afterRules.names());
        return names.stream().filter(n -> !n.equals(RuleSource.PARAMETERS))
                .filter(n -> !Objects.equals(beforeRules.text(n), afterRules.text(n))).toList();
    }

    RuleSource beforeRules() {
        return beforeRules;
    }

    RuleSource afterRules() {
        return afterRules;
    }
}
