package org.threegaps.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threegaps.matcher.json.Json;

/** Every bundled candidate and job is valid against the JSON Schema the library ships for it. */
class ExampleDataSchemaTest {
    private static final Path DATA = Path.of("src/main/resources/data");

    static Stream<Arguments> documents() throws IOException {
        List<Arguments> all = new java.util.ArrayList<>();
        for (String kind : List.of("candidates", "jobs")) {
            try (Stream<Path> files = Files.list(DATA.resolve(kind))) {
                files.filter(f -> f.toString().endsWith(".json")).sorted()
                        .forEach(f -> all.add(Arguments.of(kind.equals("jobs") ? "job" : "candidate", f)));
            }
        }
        assertThat(all).hasSizeGreaterThan(60);
        return all.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("documents")
    void theDocumentIsValidAgainstItsSchema(String kind, Path file) throws IOException {
        JsonSchema schema;
        try (InputStream in = Json.class.getResourceAsStream("/org/threegaps/matcher/json/schema/" + kind + ".schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }

        Set<ValidationMessage> errors = schema.validate(Json.mapper().readTree(Files.readString(file)));

        assertThat(errors).as("%s against %s.schema.json", file, kind).isEmpty();
    }
}
