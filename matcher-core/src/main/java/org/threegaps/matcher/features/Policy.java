package org.threegaps.matcher.features;

import java.io.IOException;
import java.io.StringReader;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.threegaps.matcher.model.Cefr;

/**
 * The policy parameters shipped beside the rule files: thresholds, points and gap weights an analyst
 * can change without Java. Rules read them through the global {@code policy}
 * ({@code policy.number("commute.overLimit.blockerFactor")}); feature derivation reads them here too.
 * Immutable and thread-safe.
 */
public final class Policy {
    /** How many single-character edits a mistyped key may be from the key it stands for. */
    public static final int MAX_EDITS = 2;

    private final String file;
    private final Map<String, String> values;

    private Policy(String file, Map<String, String> values) {
        this.file = file;
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Parses a parameters file in {@code .properties} syntax.
     *
     * @param file    the file name, used in error messages
     * @param content the file content
     * @return the parameters
     * @throws IllegalArgumentException naming the file and key when a value is not a number
     */
    public static Policy parse(String file, String content) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(content));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": cannot read parameters: " + e.getMessage(), e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k).strip()));
        return new Policy(file, values);
    }

    /** @return the file the parameters came from */
    public String file() {
        return file;
    }

    /** @return every key with its raw value, sorted by key */
    public Map<String, String> values() {
        return values;
    }

    /**
     * @param key a parameter's key
     * @return true when the key is set
     */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /**
     * @param key the parameter's key in policy.properties
     * @return the parameter as a number
     * @throws IllegalArgumentException when the key is missing or not a number
     */
    public double number(String key) {
        return read(key, Double::parseDouble, "a number");
    }

    /**
     * @param key the parameter's key in policy.properties
     * @return the parameter as a whole number
     * @throws IllegalArgumentException when the key is missing or not a whole number
     */
    public int integer(String key) {
        return read(key, Integer::parseInt, "a whole number");
    }

    /**
     * @param key the parameter's key in policy.properties
     * @return the parameter as a CEFR level such as {@code B1}
     * @throws IllegalArgumentException when the key is missing or not a level
     */
    public Cefr cefr(String key) {
        return read(key, Cefr::valueOf, "one of NONE, A1, A2, B1, B2, C1, C2");
    }

    /** One reader for every type: a value that does not parse names the key, what it must be and what it was. */
    private <T> T read(String key, java.util.function.Function<String, T> parse, String expected) {
        String raw = raw(key);
        try {
            return parse.apply(raw);
        } catch (IllegalArgumentException e) { // NumberFormatException is one
            throw new IllegalArgumentException(file + ": parameter " + key + " must be " + expected + ", was \"" + raw + "\"");
        }
    }

    private String raw(String key) {
        String raw = values.get(key);
        if (raw == null) {
            throw new IllegalArgumentException(file + ": parameter " + key + " is not set");
        }
        return raw;
    }

    /**
     * @param key a parameter's key
     * @return the key of this file that a mistyped {@code key} most likely stands for: the same but for
     *         letter case, or at most {@value #MAX_EDITS} edits away
     */
    public Optional<String> closestKey(String key) {
        return closest(key, values().keySet());
    }

    /**
     * @param key a parameter's key
     * @param candidates the candidates
     * @return the candidate equal to {@code key} but for letter case, else the one fewest edits away (at most
     *         {@value #MAX_EDITS}; ties go to the first in alphabetical order), else empty
     */
    public static Optional<String> closest(String key, Collection<String> candidates) {
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
}
