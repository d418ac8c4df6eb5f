package org.threegaps.matcher.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.support.TestRules;

/** The shipped JSON Schemas accept the library's documents, refuse bad ones and cover every model field. */
class JsonSchemaTest {
    private static final String FOLDER = "/org/threegaps/matcher/json/schema/";
    private static final JsonSchema CANDIDATE = schema("candidate.schema.json");
    private static final JsonSchema JOB = schema("job.schema.json");
    private static final JsonSchema RESULT = schema("match-result.schema.json");

    private static JsonSchema schema(String file) {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(FOLDER + file)) {
            assertThat(in).as("schema %s on the classpath", file).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String file) throws IOException {
        return Json.mapper().readTree(Files.readString(JsonRoundTripTest.resource(file)));
    }

    private static JsonNode tree(Object value) throws IOException {
        return Json.mapper().readTree(Json.write(value));
    }

    private static JsonNode schemaTree(String file) throws IOException {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(FOLDER + file)) {
            return Json.mapper().readTree(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"amira.json", "ch.json"})
    void exampleCandidatesAreValid(String file) throws IOException {
        assertThat(CANDIDATE.validate(tree(file))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"orderpicker-genk-zuid.json", "zorgkundige-genk.json"})
    void exampleJobsAreValid(String file) throws IOException {
        assertThat(JOB.validate(tree(file))).isEmpty();
    }

    @Test
    void whatTheLibraryWritesIsValidIncludingItsNulls() throws IOException {
        assertThat(CANDIDATE.validate(tree(Candidate.builder("c").build()))).isEmpty();
        assertThat(CANDIDATE.validate(tree(Json.readCandidate(JsonRoundTripTest.resource("amira.json"))))).isEmpty();
        assertThat(JOB.validate(tree(Job.builder("j").build()))).isEmpty();
        assertThat(JOB.validate(tree(Json.readJob(JsonRoundTripTest.resource("zorgkundige-genk.json"))))).isEmpty();
    }

    @Test
    void writtenMatchResultsAreValidInBothLanguages() throws IOException {
        Matcher matcher = Matcher.withRules(TestRules.source()).build();
        Candidate candidate = Candidate.builder("c").home(Location.postcode("3500")).car(false)
                .transportModes(Set.of(TransportMode.BIKE)).language("ar", Cefr.C1).minHourlyWage(new BigDecimal("14")).build();
        Job job = Job.builder("j").sector("delivery").location(Location.postcode("3600")).hourlyWage(new BigDecimal("11"))
                .supports(new SupportOffer(Set.of(Support.BUDDY), Set.of("ar"), 0, null)).build();
        var result = matcher.match(candidate, job);

        for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            assertThat(RESULT.validate(Json.mapper().readTree(Json.write(matcher.texts().document(result, locale)))))
                    .as("%s", locale).isEmpty();
            assertThat(RESULT.validate(Json.mapper().readTree(Json.writeLine(matcher.texts().document(result, locale)))))
                    .as("%s", locale).isEmpty();
        }
    }

    @Test
    void provisionalAndBridgedResultsAreValid() throws IOException {
        Matcher matcher = Matcher.withRules(EssentialRules.source()).build();
        Candidate noModes = Candidate.builder("c").home(Location.postcode("3500")).build();
        for (String sector : List.of("parcel-courier", "night-parcels")) {
            var result = matcher.match(noModes, Job.builder(sector).sector(sector).location(Location.postcode("3500")).build());
            assertThat(result.toAsk()).as(sector).isNotEmpty();

            assertThat(RESULT.validate(Json.mapper().readTree(Json.write(matcher.texts().document(result, Locale.ENGLISH)))))
                    .as(sector).isEmpty();
        }
    }

    @Test
    void theResultSchemaRefusesFormatOneAndABareOverallNumber() throws IOException {
        Matcher matcher = Matcher.withRules(TestRules.source()).build();
        ObjectNode doc = (ObjectNode) Json.mapper().readTree(Json.write(matcher.texts().document(
                matcher.match(Candidate.builder("c").build(), Job.builder("j").build()), Locale.ENGLISH)));
        doc.put("format", 1);
        doc.put("overall", 96);
        doc.remove("score");

        assertThat(RESULT.validate(doc)).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("format")).anyMatch(m -> m.contains("overall")).anyMatch(m -> m.contains("score"));
    }

    @Test
    void theSchemaRefusesAnUnknownFieldAnOutOfRangeNumberAndAnUnknownValue() throws IOException {
        ObjectNode doc = (ObjectNode) tree("amira.json");
        doc.put("age", 52);
        doc.put("maxCommuteMinutes", 500);
        ((ObjectNode) doc.get("languages")).put("nl", "B3");

        Set<ValidationMessage> errors = CANDIDATE.validate(doc);

        assertThat(errors).extracting(ValidationMessage::getInstanceLocation).map(Object::toString)
                .contains("$.maxCommuteMinutes", "$.languages.nl");
        assertThat(errors).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("age"));
    }

    @Test
    void aJobWithoutItsHoursIsRefusedBecauseMissingHoursWouldReadAsZero() throws IOException {
        ObjectNode doc = (ObjectNode) tree("orderpicker-genk-zuid.json");
        doc.remove("hoursMax");

        assertThat(JOB.validate(doc)).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("hoursMax"));
    }

    @Test
    void aLocationNeedsCoordinatesOrAPostcode() throws IOException {
        ObjectNode doc = (ObjectNode) tree("amira.json");
        doc.putObject("home").putNull("postcode");

        assertThat(CANDIDATE.validate(doc)).isNotEmpty();
    }

    @Test
    void everyCandidateFieldIsInTheCandidateSchema() throws IOException {
        assertThat(missingFields(schemaTree("candidate.schema.json"), Candidate.class)).isEmpty();
    }

    @Test
    void everyJobFieldIsInTheJobSchema() throws IOException {
        assertThat(missingFields(schemaTree("job.schema.json"), Job.class)).isEmpty();
    }

    @Test
    void everyResultFieldIsInTheResultSchema() throws IOException {
        assertThat(missingFields(schemaTree("match-result.schema.json"), ResultDocument.class)).isEmpty();
    }

    @Test
    void docsJsonDescribesEveryFieldOfEverySchema() throws IOException {
        String doc = Files.readString(java.nio.file.Path.of("../docs/json.md"));
        List<String> undocumented = new ArrayList<>();
        for (String file : List.of("candidate.schema.json", "job.schema.json", "match-result.schema.json")) {
            JsonNode schema = schemaTree(file);
            List<JsonNode> objects = new ArrayList<>(List.of(schema));
            schema.path("$defs").forEach(objects::add);
            for (JsonNode object : objects) {
                object.path("properties").fieldNames().forEachRemaining(field -> {
                    if (!doc.contains("| `" + field + "`")) {
                        undocumented.add(file + ": " + field);
                    }
                });
            }
        }
        assertThat(undocumented).isEmpty();
    }

    /**
     * @return for the root record and every record or enum it reaches, what the schema lacks or has too
     *         many: fields per record, values per enum; empty when the schema matches the model exactly
     */
    private static List<String> missingFields(JsonNode schema, Class<?> root) {
        Map<Class<?>, JsonNode> types = new LinkedHashMap<>();
        collect(root, types, schema, true);
        List<String> problems = new ArrayList<>();
        types.forEach((type, node) -> {
            if (node == null || node.isMissingNode()) {
                problems.add(type.getSimpleName() + " has no definition in $defs");
                return;
            }
            Set<String> expected = new TreeSet<>();
            Set<String> actual = new TreeSet<>();
            if (type.isEnum()) {
                Arrays.stream(type.getEnumConstants()).forEach(c -> expected.add(((Enum<?>) c).name()));
                node.get("enum").forEach(v -> actual.add(v.asText()));
            } else {
                Arrays.stream(type.getRecordComponents()).forEach(c -> expected.add(c.getName()));
                node.get("properties").fieldNames().forEachRemaining(actual::add);
            }
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            Set<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            if (!missing.isEmpty()) {
                problems.add(type.getSimpleName() + ": the schema lacks " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add(type.getSimpleName() + ": the schema has " + extra + ", which the model does not");
            }
        });
        return problems;
    }

    private static void collect(Class<?> type, Map<Class<?>, JsonNode> types, JsonNode schema, boolean root) {
        if (types.containsKey(type)) {
            return;
        }
        types.put(type, root ? schema : schema.path("$defs").path(type.getSimpleName()));
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                reach(c.getGenericType(), types, schema);
            }
        }
    }

    private static void reach(Type type, Map<Class<?>, JsonNode> types, JsonNode schema) {
        if (type instanceof ParameterizedType p) {
            Arrays.stream(p.getActualTypeArguments()).forEach(t -> reach(t, types, schema));
        } else if (type instanceof Class<?> c && (c.isRecord() || c.isEnum())) {
            collect(c, types, schema, false);
        }
    }
}
