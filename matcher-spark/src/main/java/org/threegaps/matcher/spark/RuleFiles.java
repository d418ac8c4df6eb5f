package org.threegaps.matcher.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.threegaps.matcher.RuleSource;

/**
 * The bytes of a rule set (DRL files, parameters, messages), small enough to broadcast to every executor
 * once. Rebuilt there as the same {@link RuleSource}, with the same fingerprint.
 *
 * @param origin where the driver read them
 * @param files  file name to content
 */
record RuleFiles(String origin, Map<String, byte[]> files) implements Serializable {
    private static final long serialVersionUID = 1L;

    static RuleFiles of(RuleSource source) {
        Map<String, byte[]> files = new TreeMap<>();
        source.names().forEach(name -> files.put(name, source.bytes(name)));
        return new RuleFiles(source.origin(), files);
    }

    RuleSource source() {
        return RuleSource.fromBytes(origin, files);
    }
}
