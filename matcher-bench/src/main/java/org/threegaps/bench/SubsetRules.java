package org.threegaps.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.policy.PolicyKeys;

/**
 * The DRL side of the benchmark subset: the rules of {@link HandCodedSubset#IDS} cut out of the default rule
 * files, so the benchmark always measures the rules as shipped (no copy to drift), with the full parameters
 * and messages.
 */
public final class SubsetRules {
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([A-Z]{2}-\\d{2})\\b.*?^end\\s*$");

    private SubsetRules() {
    }

    /** @return a rule source holding only the subset's rules, one file per area as in the default set */
    public static RuleSource source() {
        RuleSource defaults = RuleSource.defaults();
        Map<String, String> files = new LinkedHashMap<>();
        List<String> found = new ArrayList<>();
        for (String name : defaults.names()) {
            if (!RuleSource.isRuleFile(name)) {
                files.put(name, defaults.text(name));
                continue;
            }
            String text = defaults.text(name);
            Matcher rule = RULE.matcher(text);
            int header = rule.find() ? rule.start() : text.length();
            StringBuilder kept = new StringBuilder(text.substring(0, header));
            rule.reset();
            while (rule.find()) {
                if (HandCodedSubset.IDS.contains(rule.group(1))) {
                    kept.append(rule.group()).append("\n\n");
                    found.add(rule.group(1));
                }
            }
            files.put(name, kept.toString());
        }
        files.put(RuleSource.PARAMETERS, readOnly(defaults.text(RuleSource.PARAMETERS), String.join("\n", files.values())));
        if (found.size() != HandCodedSubset.IDS.size()) {
            throw new IllegalStateException("benchmark subset rules not all found in the default rule set: found "
                    + found + ", expected " + HandCodedSubset.IDS);
        }
        return RuleSource.of("benchmark subset of " + defaults.origin(), files);
    }

    /** @return the parameter lines the subset's rules or the matcher read: a parameter nothing reads is an error */
    private static String readOnly(String parameters, String rules) {
        StringBuilder kept = new StringBuilder();
        for (String line : parameters.split("\\R")) {
            String key = line.contains("=") && !line.startsWith("#") ? line.substring(0, line.indexOf('=')).strip() : null;
            if (key == null || PolicyKeys.ALL.contains(key) || key.startsWith(PolicyKeys.DEVELOPMENT_PREFIX)
                    || rules.contains("\"" + key + "\"")
                    || key.endsWith(PolicyKeys.POINTS_SUFFIX) && HandCodedSubset.IDS.contains(
                            key.substring(0, key.length() - PolicyKeys.POINTS_SUFFIX.length()))) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }
}
