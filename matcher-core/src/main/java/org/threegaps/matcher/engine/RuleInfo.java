package org.threegaps.matcher.engine;

import java.util.List;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;

/**
 * A rule as its metadata describes it; the rule catalogue is a list of these.
 *
 * @param id          stable id, e.g. "MO-02"
 * @param name        the full DRL rule name, which starts with the id
 * @param gap         the gap its findings count on
 * @param area        the area, one per DRL file
 * @param kind        the kind of finding it adds
 * @param points      points per finding from the parameters; 0 for blockers and information
 * @param source      seed file and line range it rests on
 * @param levers      what would lift its finding
 * @param reason      why its finding is essential or a matter of degree, and why this weight ("" when not given)
 * @param needs       the input facts it needs to judge; when one is unknown and the rule is essential, a
 *                    verdict better than "not yet" is provisional
 * @param file        the DRL file
 * @param line        the line of the {@code rule} keyword
 * @param parameters  the policy parameters its conditions read
 * @param attributes  what stands between its name and {@code when} besides metadata ({@code extends},
 *                    {@code enabled}, {@code agenda-group} …); "" for most rules
 * @param conditions  its conditions, between {@code when} and {@code then}, as the parser read them
 * @param consequence its action, between {@code then} and {@code end}; these three without comments and
 *                    with layout folded (white space only where two words meet), as Drools' parser reads them (see {@code ParsedRules})
 */
public record RuleInfo(String id, String name, Gap gap, String area, Kind kind, int points, String source,
                       List<Lever> levers, String reason, List<String> needs, String file, int line, List<String> parameters,
                       String attributes, String conditions, String consequence) {
    /** @return the rule name without its id: the policy sentence */
    public String description() {
        return name.startsWith(id) ? name.substring(id.length()).strip() : name;
    }
}
