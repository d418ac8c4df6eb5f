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
 * @param args       message arguments as text; enum values start with '#' and are translated; a code
 *                   (see {@code codeArgs}) is the plain code, such as "forklift"
 * @param levers     what would lift or strengthen it
 * @param codeArgs   the positions in {@code args} that hold a competence, qualification or requirement
 *                   code, which a text shows as its label from the rule set's vocabulary; ascending
 */
public record Finding(String ruleId, Gap gap, String area, Kind kind, int points, String messageKey,
                      List<String> args, List<Lever> levers, List<Integer> codeArgs) {
    /**
     * @param ruleId     stable rule id such as "MO-02"
     * @param gap        the gap the finding belongs to
     * @param area       the rule file's area, such as "mobility"
     * @param kind       blocker, penalty, bonus or information
     * @param points     points subtracted (penalty) or added (bonus); 0 otherwise
     * @param messageKey the message key, the rule id by default
     * @param args       message arguments as text; enum values start with '#' and are translated; a code (see {@code
     *                   codeArgs}) is the plain code, such as "forklift"
     * @param levers     what would lift or strengthen it
     * @param codeArgs   the positions in {@code args} that hold a competence, qualification or requirement code,
     *                   which a text shows as its label from the rule set's vocabulary; ascending
     * @throws IllegalArgumentException when a code position is not one of the arguments
     * @throws NullPointerException when {@code args} or {@code levers} is null or holds null
     */
    public Finding {
        args = List.copyOf(args);
        levers = List.copyOf(levers);
        // a kept finding from before codes were typed has none
        codeArgs = codeArgs == null ? List.of() : codeArgs.stream().sorted().distinct().toList();
        for (int position : codeArgs) {
            if (position < 0 || position >= args.size()) {
                throw new IllegalArgumentException("code argument " + position + " is not one of the "
                        + args.size() + " arguments " + args);
            }
        }
    }

    /**
     * A finding whose arguments hold no code.
     *
     * @param ruleId     stable rule id such as "MO-02"
     * @param gap        the gap the finding belongs to
     * @param area       the rule file's area, such as "mobility"
     * @param kind       blocker, bridged, penalty, bonus or information
     * @param points     points subtracted (penalty) or added (bonus); 0 otherwise
     * @param messageKey the message key, the rule id by default
     * @param args       message arguments as text; enum values start with '#' and are translated
     * @param levers     what would lift or strengthen it
     * @throws NullPointerException when {@code args} or {@code levers} is null or holds null
     */
    public Finding(String ruleId, Gap gap, String area, Kind kind, int points, String messageKey, List<String> args,
                   List<Lever> levers) {
        this(ruleId, gap, area, kind, points, messageKey, args, levers, List.of());
    }

    /**
     * @param position an index into the arguments
     * @return true when argument {@code position} is a code, shown as its label
     */
    public boolean isCode(int position) {
        return codeArgs.contains(position);
    }
}
