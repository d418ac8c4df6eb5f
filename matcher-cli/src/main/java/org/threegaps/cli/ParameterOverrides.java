package org.threegaps.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.features.Policy;

/**
 * Applies {@code --set key=value} to a rule set's {@code policy.properties}: the value replaces the one
 * on the key's line, comments and order stay. Only keys the file already has can be set, and a number
 * stays a number, a language level a language level.
 */
final class ParameterOverrides {
    private ParameterOverrides() {
    }

    /**
     * @return the rule set with the new values, or {@code source} itself when there are none
     * @throws UserError naming every unknown key (with the nearest known one) and every value of the wrong type
     */
    static RuleSource apply(RuleSource source, Map<String, String> overrides, Texts texts) {
        if (overrides.isEmpty()) {
            return source;
        }
        String text = source.text(RuleSource.PARAMETERS);
        if (text == null) {
            throw new UserError(texts.get("set.noParameters", source.origin(), RuleSource.PARAMETERS));
        }
        Policy policy = Policy.parse(RuleSource.PARAMETERS, text);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            String key = e.getKey().strip();
            String value = e.getValue().strip();
            if (!policy.has(key)) {
                String nearest = policy.closestKey(key).orElse(null);
                problems.add(nearest == null ? texts.get("set.unknown", key, RuleSource.PARAMETERS)
                        : texts.get("set.unknownNear", key, RuleSource.PARAMETERS, nearest));
                continue;
            }
            String old = policy.values().get(key);
            if (isNumber(old) && !isNumber(value)) {
                problems.add(texts.get("set.notANumber", key, value, old));
                continue;
            }
            if (isLevel(old) && !isLevel(value)) {
                problems.add(texts.get("set.notALevel", key, value, old));
                continue;
            }
            text = replace(text, key, value);
        }
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
        return source.with(RuleSource.PARAMETERS, text);
    }

    /** @return the overrides as {@code key=value, key=value} */
    static String describe(Map<String, String> overrides) {
        return String.join(", ", overrides.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static String replace(String text, String key, String value) {
        Pattern line = Pattern.compile("(?m)^([ \\t]*" + Pattern.quote(key) + "[ \\t]*[=:][ \\t]*)(.*)$");
        Matcher m = line.matcher(text);
        if (m.find()) {
            return text.substring(0, m.start(2)) + value + text.substring(m.end(2));
        }
        // a key written in another properties syntax: a later line wins in a properties file
        return text + (text.endsWith("\n") ? "" : "\n") + key + " = " + value + "\n";
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isLevel(String value) {
        try {
            Cefr.valueOf(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
