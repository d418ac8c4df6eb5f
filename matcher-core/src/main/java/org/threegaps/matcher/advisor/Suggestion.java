package org.threegaps.matcher.advisor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.threegaps.matcher.model.Effort;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/**
 * A set of changes with the pair re-scored by the real rule base after applying them: the new verdict,
 * the score per gap, which findings disappear and which appear. {@link #after()} is exactly what
 * {@code matcher.match(candidateAfter, jobAfter)} returns.
 *
 * @param changes the changes, in the order they were applied
 * @param before  the pair as it stands
 * @param after   the pair with every change applied
 */
public record Suggestion(List<Change> changes, MatchResult before, MatchResult after) {
    /**
     * The advisor's order: best verdict after, fewest blockers left, then the hardest change in the set
     * (two easy changes come before one the employer calls a high effort), fewest changes, lowest total
     * employer effort, shortest duration, largest score gain, then the change ids so ties are stable.
     */
    static final Comparator<Suggestion> ORDER = Comparator.comparing((Suggestion s) -> s.after().verdict())
            .thenComparingInt(s -> s.after().blockers().size())
            .thenComparingInt(s -> s.effort() == null ? 0 : s.effort().ordinal() + 1)
            .thenComparingInt(s -> s.changes().size())
            .thenComparingInt(Suggestion::effortPoints)
            .thenComparingInt(s -> s.weeks() == null ? Integer.MAX_VALUE : s.weeks())
            .thenComparing(Comparator.comparingInt(Suggestion::overallGain).reversed())
            .thenComparing(Suggestion::ids);

    /**
     * @param changes the changes, in the order they were applied
     * @param before  the pair as it stands
     * @param after   the pair with every change applied
     * @throws NullPointerException when an argument is null, or {@code changes} holds null
     */
    public Suggestion {
        changes = List.copyOf(changes);
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** @return the verdict after the changes */
    public Verdict verdict() {
        return after.verdict();
    }

    /**
     * @param gap the gap
     * @return how much a gap's raw score changes; negative only where the changes lift a blocker of that
     *         gap into a penalty (see {@link #effectiveGain})
     */
    public int gain(Gap gap) {
        return after.score(gap) - before.score(gap);
    }

    /**
     * @param gap the gap
     * @return how much a gap's effective score changes, where a gap with a blocker counts as 0 until its
     *         blockers are gone; never negative for a suggestion of the advisor
     */
    public int effectiveGain(Gap gap) {
        return effective(after, gap) - effective(before, gap);
    }

    private static int effective(MatchResult result, Gap gap) {
        return result.gapScore(gap).blocked() ? 0 : result.score(gap);
    }

    /** @return how much the overall score changes */
    public int overallGain() {
        return after.overallScore() - before.overallScore();
    }

    /** @return true when the verdict after is better than before */
    public boolean raisesVerdict() {
        return after.verdict().ordinal() < before.verdict().ordinal();
    }

    /** @return true when the pair had blockers and none is left */
    public boolean liftsEveryBlocker() {
        return !before.blockers().isEmpty() && after.blockers().isEmpty();
    }

    /** @return the findings of before that are gone after: what the changes close */
    public List<Finding> closes() {
        List<Finding> gone = new ArrayList<>(before.findings());
        gone.removeAll(after.findings());
        return gone;
    }

    /** @return the findings after that were not there before, such as the bonus of an added buddy */
    public List<Finding> opens() {
        List<Finding> added = new ArrayList<>(after.findings());
        added.removeAll(before.findings());
        return added;
    }

    /** @return the highest effort the employer states for these changes, or null when none is the employer's */
    public Effort effort() {
        return changes.stream().map(Change::effort).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * @return weeks until every change has taken effect (the longest, as steps can run side by side), or
     *         null when a step's duration is not in the policy parameters
     */
    public Integer weeks() {
        int longest = 0;
        for (Change c : changes) {
            if (c.weeks() == null) {
                return null;
            }
            longest = Math.max(longest, c.weeks());
        }
        return longest;
    }

    /** @return the change ids joined with "+" */
    public String ids() {
        return String.join("+", changes.stream().map(Change::id).toList());
    }

    private int effortPoints() {
        return changes.stream().map(Change::effort).filter(Objects::nonNull).mapToInt(e -> e.ordinal() + 1).sum();
    }

    /**
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the changes in words, joined with " + "
     */
    public String describeChanges(Locale locale) {
        return String.join(" + ", changes.stream().map(c -> c.describe(before.job(), locale)).toList());
    }

    /**
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the suggestion in words: the changes, the verdict before and after, the score per gap,
     *         what it closes, the effort and how long it takes
     */
    public List<String> describe(Locale locale) {
        Texts t = Texts.of(locale);
        List<String> lines = new ArrayList<>();
        lines.add(describeChanges(locale));
        lines.add(t.format("suggestion.verdict", t.verdict(before.verdict()), t.verdict(after.verdict()),
                before.scoreText(locale), after.scoreText(locale)));
        List<String> gaps = new ArrayList<>();
        for (Gap gap : Gap.values()) {
            boolean unblocked = before.gapScore(gap).blocked() && !after.gapScore(gap).blocked();
            if (unblocked) {
                gaps.add(t.format("suggestion.gapUnblocked", t.gap(gap), after.score(gap)));
            } else if (gain(gap) != 0) {
                gaps.add(t.format("suggestion.gap", t.gap(gap), before.score(gap), after.score(gap)));
            }
        }
        if (!gaps.isEmpty()) {
            lines.add(String.join("; ", gaps));
        }
        for (Finding f : closes()) {
            lines.add(t.format(f.kind() == Kind.BLOCKER ? "suggestion.closesBlocker" : "suggestion.closes",
                    f.ruleId(), before.text(f, locale)));
        }
        for (Finding f : opens()) {
            lines.add(t.format("suggestion.opens", f.ruleId(), after.text(f, locale)));
        }
        Effort effort = effort();
        if (effort != null) {
            lines.add(t.format("suggestion.effort", t.value(effort.name())));
        }
        Integer weeks = weeks();
        lines.add(weeks == null ? t.format("suggestion.weeksUnknown")
                : weeks == 0 ? t.format("suggestion.now") : t.format("suggestion.weeks", weeks));
        return lines;
    }
}
