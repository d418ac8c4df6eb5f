package org.threegaps.matcher.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threegaps.matcher.policy.Policy;
import org.threegaps.matcher.policy.PolicyKeys;

/**
 * The "did you mean …?" of a missing parameter: a key of {@value RuleSource#PARAMETERS} that nothing reads
 * and that is the missing key in other letter case or at most {@value #MAX_EDITS} edits away
 * ({@code commute.unreachable.factr} for {@code commute.unreachable.factor}) is most likely that key mistyped.
 * Keys something does read are never offered: {@code MO-03.points} is not a typo of {@code MO-02.points}.
 *
 * @param key  the key in the parameters file
 * @param line its 1-based line there, 0 when not found
 */
record NearMiss(String key, int line) {
    static final int MAX_EDITS = 2;
    private static final Pattern RULE_ID = Pattern.compile("@id\\s*\\(\\s*\"([^\"]+)\"\\s*\\)");

    /**
     * @return the unread key of the parameters file closest to {@code missing}, if one is close enough
     */
    static Optional<NearMiss> in(RuleSource source, Policy policy, String missing) {
        Set<String> read = readKeys(source);
        return closest(missing, policy.values().keySet().stream()
                .filter(k -> !read.contains(k) && !k.startsWith(PolicyKeys.DEVELOPMENT_PREFIX)).toList())
                .map(k -> new NearMiss(k, RuleCompiler.keyLine(source.text(RuleSource.PARAMETERS), k)));
    }

    /** @return {@code "; did you mean K (policy.properties line N)?"}, the tail of a missing-parameter error */
    String didYouMean() {
        return "; did you mean " + key + " (" + RuleSource.PARAMETERS + (line > 0 ? " line " + line : "") + ")?";
    }

    /**
     * @return the candidate equal to {@code key} but for letter case, else the one fewest edits away (at most
     *         {@value #MAX_EDITS}; ties go to the first in alphabetical order), else empty
     */
    static Optional<String> closest(String key, Collection<String> candidates) {
        Optional<String> sameIgnoringCase = candidates.stream().filter(c -> !c.equals(key) && c.equalsIgnoreCase(key))
                .sorted().findFirst();
        if (sameIgnoringCase.isPresent()) {
            return sameIgnoringCase;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        return candidates.stream().filter(c -> !c.equals(key))
                .filter(c -> Math.abs(c.length() - key.length()) <= MAX_EDITS)
                .filter(c -> distance(lower, c.toLowerCase(Locale.ROOT)) <= MAX_EDITS)
                .min(Comparator.<String>comparingInt(c -> distance(lower, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c));
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
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
