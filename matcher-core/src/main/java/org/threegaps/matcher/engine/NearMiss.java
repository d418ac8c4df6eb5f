package org.threegaps.matcher.engine;

import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.RuleProblem;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threegaps.matcher.features.Policy;
import org.threegaps.matcher.policy.PolicyKeys;

/**
 * The "did you mean …?" of a missing parameter: a key of {@value RuleSource#PARAMETERS} that nothing reads
 * and that is the missing key in other letter case or at most {@value Policy#MAX_EDITS} edits away
 * ({@code commute.unreachable.factr} for {@code commute.unreachable.factor}) is most likely that key mistyped.
 * Keys something does read are never offered: {@code MO-03.points} is not a typo of {@code MO-02.points}.
 *
 * @param key  the key in the parameters file
 * @param line its 1-based line there, 0 when not found
 */
record NearMiss(String key, int line) {
    static final Pattern RULE_ID = Pattern.compile("@id\\s*\\(\\s*\"([^\"]+)\"\\s*\\)");

    /**
     * @return the unread key of the parameters file closest to {@code missing}, if one is close enough
     */
    static Optional<NearMiss> in(RuleSource source, Policy policy, String missing) {
        Set<String> read = readKeys(source);
        return Policy.closest(missing, policy.values().keySet().stream()
                .filter(k -> !read.contains(k) && !k.startsWith(PolicyKeys.DEVELOPMENT_PREFIX)).toList())
                .map(k -> new NearMiss(k, RuleCompiler.keyLine(source.text(RuleSource.PARAMETERS), k)));
    }

    /** @return {@code "; did you mean K (policy.properties line N)?"}, the tail of a missing-parameter error */
    /** @return the problem, followed by "did you mean" this key and where it stands */
    RuleProblem.Text didYouMean(RuleProblem.Text problem) {
        return line > 0 ? RuleProblem.Text.of("param.didYouMean.line", problem, key, RuleSource.PARAMETERS, line)
                : RuleProblem.Text.of("param.didYouMean", problem, key, RuleSource.PARAMETERS);
    }

    /** Keys something reads: the Java ones, those the rule files read, and the points of every rule id. */
    private static Set<String> readKeys(RuleSource source) {
        Set<String> read = new HashSet<>(PolicyKeys.ALL);
        for (String file : source.drlFiles()) {
            String text = source.text(file);
            Matcher parameter = RuleCompiler.PARAMETER.matcher(text);
            while (parameter.find()) {
                read.add(parameter.group(1));
            }
            Matcher id = RULE_ID.matcher(text);
            while (id.find()) {
                read.add(id.group(1) + PolicyKeys.POINTS_SUFFIX);
            }
        }
        return read;
    }
}
