package org.threegaps.matcher.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.threegaps.matcher.json.Json;

/**
 * The match-result schema matcher-core publishes ({@code match-result.schema.json}), for tests that check the
 * result documents a module writes: the CLI's JSON, the batch lines, the report's embedded results, Spark's rows.
 */
public final class ResultSchema {
    private static final JsonSchema SCHEMA = load();
    // a copy of Json's mapper, kept: copying costs, and Json.mapper() hands out a new one per call
    private static final com.fasterxml.jackson.databind.ObjectMapper TREES = Json.mapper();

    private ResultSchema() {
    }

    /**
     * @param document a match-result document
     * @return what is wrong with {@code document} against match-result.schema.json; empty when it is valid
     */
    public static List<String> problems(JsonNode document) {
        return SCHEMA.validate(document).stream().map(ValidationMessage::toString).sorted().toList();
    }

    /**
     * @param document a match-result document
     * @return what is wrong with the JSON text {@code document}; empty when it is valid
     */
    public static List<String> problems(String document) {
        try {
            return problems(TREES.readTree(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        try (InputStream in = ResultSchema.class.getResourceAsStream(
                "/org/threegaps/matcher/json/schema/match-result.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("match-result.schema.json is not on the classpath");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
