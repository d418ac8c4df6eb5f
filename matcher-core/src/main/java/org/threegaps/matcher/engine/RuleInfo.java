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
 * @param file        the DRL file
 * @param line        the line of the {@code rule} keyword
 * @param parameters  the policy parameters its conditions read
 * @param conditions  its conditions as written between {@code when} and {@code then}, comments left out
 *                    and each run of white space one space: what decides whether it fires
 */
public record RuleInfo(String id, String name, Gap gap, String area, Kind kind, int points, String source,
                       List<Lever> levers, String file, int line, List<String> parameters,
                       String conditions) {
    /** @return the rule name without its id: the policy sentence */
    public String description() {
        return name.startsWith(id) ? name.substring(id.length()).strip() : name;
    }
}
