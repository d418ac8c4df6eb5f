package org.threegaps.matcher.result;

import java.util.List;

/**
 * One explained point: which rule found what, on which gap, with how many points and what would lift
 * it. The text is rendered from {@code messageKey} and {@code args} in the reader's language.
 *
 * @param ruleId     stable rule id such as "MO-02"
 * @param gap        the gap the finding belongs to
 * @param area       the rule file's area, such as "mobility"
 * @param kind       blocker, penalty, bonus or information
 * @param points     points subtracted (penalty) or added (bonus); 0 otherwise
 * @param messageKey the message key, the rule id by default
 * @param args       message arguments as text; enum values start with '#' and are translated
 * @param levers     what would lift or strengthen it
 */
public record Finding(String ruleId, Gap gap, String area, Kind kind, int points, String messageKey,
                      List<String> args, List<Lever> levers) {
    public Finding {
        args = List.copyOf(args);
        levers = List.copyOf(levers);
    }
}
