package org.threegaps.matcher.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What scoring one partition of candidates gives: each candidate's top N jobs (final, since a candidate
 * lives in one partition), each job's best N candidates from this partition (merged across partitions
 * later), the counts, and the input records that could not be read.
 */
record PartitionOutput(List<List<Ranked>> candidateTops, Map<String, List<Ranked>> jobTops, Counts counts,
                       List<Rejected> rejected) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * An input document that was not scored, and why; written next to the results, never dropped.
     *
     * @param source where it came from
     * @param error  the located error message
     * @param json   the document as read
     */
    record Rejected(String source, String error, String json) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
