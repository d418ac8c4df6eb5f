package org.threegaps.matcher.audit;

import java.util.List;
import org.threegaps.matcher.result.Finding;

/**
 * What a replay found.
 *
 * @param identical        true when the recomputed outcome equals the recorded one field for field
 * @param inputsIntact     true when the recorded inputs still have the recorded digest (false means the
 *                         file was edited after the decision)
 * @param recorded         the audit on file
 * @param replayed         the audit of the recomputation: same digest, the rule set and version used now
 * @param differences      one line per differing field: verdict, overall score, a gap score, actions, unknowns
 * @param onlyRecorded     findings on file that the recomputation did not give
 * @param onlyReplayed     findings of the recomputation that are not on file
 */
public record ReplayReport(boolean identical, boolean inputsIntact, Audit recorded, Audit replayed,
                           List<String> differences, List<Finding> onlyRecorded, List<Finding> onlyReplayed) {
    /**
     * @param identical    true when the recomputed outcome equals the recorded one field for field
     * @param inputsIntact true when the recorded inputs still have the recorded digest (false means the file was
     *                     edited after the decision)
     * @param recorded     the audit on file
     * @param replayed     the audit of the recomputation: same digest, the rule set and version used now
     * @param differences  one line per differing field: verdict, overall score, a gap score, actions, unknowns
     * @param onlyRecorded findings on file that the recomputation did not give
     * @param onlyReplayed findings of the recomputation that are not on file
     * @throws NullPointerException when a list is null or holds null
     */
    public ReplayReport {
        differences = List.copyOf(differences);
        onlyRecorded = List.copyOf(onlyRecorded);
        onlyReplayed = List.copyOf(onlyReplayed);
    }

    /** @return true when the recomputation used the rule set the decision was made with */
    public boolean sameRuleSet() {
        return recorded.ruleSetFingerprint().equals(replayed.ruleSetFingerprint());
    }

    /** @return true when the recomputation ran on the library version the decision was made with */
    public boolean sameLibraryVersion() {
        return recorded.libraryVersion().equals(replayed.libraryVersion());
    }

    /** @return a short report: "identical" or "different", then what differs, one item a line */
    public String summary() {
        StringBuilder out = new StringBuilder(identical ? "identical" : "different");
        if (!inputsIntact) {
            out.append("\ninputs edited after the decision: digest on file ").append(recorded.inputDigest())
                    .append(", digest of the inputs on file ").append(replayed.inputDigest());
        }
        if (!sameRuleSet()) {
            out.append("\nrule set: recorded ").append(recorded.ruleSetFingerprint()).append(", replayed with ")
                    .append(replayed.ruleSetFingerprint());
        }
        if (!sameLibraryVersion()) {
            out.append("\nlibrary: recorded ").append(recorded.libraryVersion()).append(", replayed with ")
                    .append(replayed.libraryVersion());
        }
        differences.forEach(d -> out.append('\n').append(d));
        onlyRecorded.forEach(f -> out.append("\n- only on file: ").append(describe(f)));
        onlyReplayed.forEach(f -> out.append("\n+ only in replay: ").append(describe(f)));
        return out.toString();
    }

    private static String describe(Finding f) {
        return f.ruleId() + " " + f.kind() + " " + f.gap() + (f.points() != 0 ? " " + f.points() + " points" : "")
                + (f.args().isEmpty() ? "" : " " + f.args());
    }
}
