package org.threegaps.matcher.spark;

import java.io.Serializable;
import org.threegaps.matcher.json.Json;

/**
 * One input document as read: where it came from, for error messages, and its JSON text.
 *
 * @param source e.g. "candidates.jsonl line 12" or "jobs.parquet row 7"
 * @param json   the document
 */
record InputRecord(String source, String json) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** @throws org.threegaps.matcher.json.JsonInputException located at {@link #source} */
    <T> T parse(Class<T> type) {
        return Json.read(source, json, type);
    }
}
