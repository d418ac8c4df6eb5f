package org.threegaps.matcher.spark;

import java.io.Serializable;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.json.JsonInputException;
import org.threegaps.matcher.model.Candidate;

/**
 * One input document as read: where it came from, for error messages, and its JSON text.
 *
 * @param source e.g. "candidates.jsonl line 12" or "jobs.parquet row 7"
 * @param order  the document's place in the whole input (file, then line or row): of two documents with
 *               one id, the lower order is the first
 * @param json   the document
 */
record InputRecord(String source, long order, String json) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** @return the order of line or row {@code index} of the {@code file}-th input file */
    static long order(int file, long index) {
        return ((long) file << 40) + index;
    }

    /** @throws org.threegaps.matcher.json.JsonInputException located at {@link #source} */
    <T> T parse(Class<T> type) {
        return Json.read(source, json, type);
    }

    /**
     * @return the id of the candidate the document describes, as scoring will read it (stripped), or null
     *         when it is not a valid candidate: scoring rejects it with the reason, and a rejected
     *         document must not make a later valid one with its id a repeat
     */
    String candidateId() {
        try {
            return parse(Candidate.class).id();
        } catch (JsonInputException e) {
            return null;
        }
    }

    /**
     * The first document that carries an id, and how many carry it.
     *
     * @param order  the first document's order
     * @param source the first document's place
     * @param uses   how many documents carry the id
     */
    record FirstUse(long order, String source, int uses) implements Serializable {
        private static final long serialVersionUID = 1L;

        FirstUse with(FirstUse other) {
            FirstUse first = order <= other.order ? this : other;
            return new FirstUse(first.order, first.source, uses + other.uses);
        }
    }
}
