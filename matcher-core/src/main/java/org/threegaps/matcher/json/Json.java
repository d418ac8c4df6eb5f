package org.threegaps.matcher.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.MatchResult;

/**
 * Reads candidates and jobs from JSON and writes results, with Jackson. A bad document gives a
 * {@link JsonInputException} with the file, the JSON path and what was expected.
 */
public final class Json {
    // strict types: "45" is not a number, "" not an unknown value, 45.7 not 45, 17 not text; a document
    // that says something else than the schema is refused with its place, never read as something it did not say
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(wholeNumbers())
            .addModule(KeptFindings.module())
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .addMixIn(Job.class, JobHoursRequired.class)
            .build();
    private static final TypeReference<List<Candidate>> CANDIDATES = new TypeReference<>() { };
    private static final TypeReference<List<Job>> JOBS = new TypeReference<>() { };

    private Json() {
    }

    /**
     * A job's maximum weekly hours is a whole number that cannot be "unknown": left out it would read as
     * a job of 0 hours, so a document must give it (as job.schema.json says). A missing hoursMin reads as
     * 0, "no minimum", as in the builder.
     */
    abstract static class JobHoursRequired {
        @JsonProperty(required = true)
        abstract int hoursMax();
    }

    /**
     * @return Jackson module that reads whole-number fields as JSON Schema does: 45.0 is 45, 45.7 is refused
     *         rather than cut to 45; for other Jackson readers of the model, such as scenario files in YAML
     */
    public static com.fasterxml.jackson.databind.Module wholeNumbers() {
        return WholeNumbers.module();
    }

    /** @return the configured mapper (shared, thread-safe; do not reconfigure it) */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** @return the candidate in {@code file} */
    public static Candidate readCandidate(Path file) {
        return read(file, MAPPER.constructType(Candidate.class));
    }

    /** @return the job in {@code file} */
    public static Job readJob(Path file) {
        return read(file, MAPPER.constructType(Job.class));
    }

    /** @return the candidates of a JSON array in {@code file} */
    public static List<Candidate> readCandidates(Path file) {
        return read(file, MAPPER.getTypeFactory().constructType(CANDIDATES));
    }

    /** @return the jobs of a JSON array in {@code file} */
    public static List<Job> readJobs(Path file) {
        return read(file, MAPPER.getTypeFactory().constructType(JOBS));
    }

    /**
     * Reads a document of any model type from text.
     *
     * @param source a name for error messages, such as the file name
     * @throws JsonInputException located, when the text is not a valid document of that type
     */
    public static <T> T read(String source, String text, Class<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw located(source, e);
        }
    }

    private static <T> T read(Path file, com.fasterxml.jackson.databind.JavaType type) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try {
            return MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw located(file.toString(), e);
        }
    }

    /**
     * Writes a candidate, job or other model value; a {@link MatchResult} is written in its stable form
     * with Dutch texts (see {@link #write(MatchResult, Locale)}).
     *
     * @return the value as indented JSON with keys in a stable order
     */
    public static String write(Object value) {
        if (value instanceof MatchResult result) {
            return write(result, Locale.forLanguageTag("nl"));
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Writes a result in its stable JSON form ({@link ResultDocument}, {@code match-result.schema.json}):
     * verdict, whether it is provisional, the score (open and bridged essential gaps, points), per-gap scores,
     * findings with values and texts, levers, strengths, suggested actions, unknowns, what to ask, the rule
     * set's fingerprint and the library version.
     *
     * @param locale the language of the texts: Dutch ("nl") or English ("en")
     * @return indented JSON
     */
    public static String write(MatchResult result, Locale locale) {
        return write(ResultDocument.of(result, locale));
    }

    /**
     * Writes a result in the same stable form as {@link #write(MatchResult, Locale)}, on one line: for JSON
     * Lines and for a column that holds a whole result.
     *
     * @param locale the language of the texts: Dutch ("nl") or English ("en")
     * @return the document as JSON without line breaks
     */
    public static String writeLine(MatchResult result, Locale locale) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(ResultDocument.of(result, locale));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result of " + result.candidateId() + " × "
                    + result.jobId() + " as JSON", e);
        }
    }

    /** @return a result document read back from JSON written by {@link #write(MatchResult, Locale)} */
    public static ResultDocument readResult(String source, String text) {
        return read(source, text, ResultDocument.class);
    }

    /** Maps a Jackson failure to one located line; also used for YAML documents read with Jackson. */
    public static JsonInputException located(String source, IOException e) {
        JsonLocation at = e instanceof JsonProcessingException jp ? jp.getLocation() : null;
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null || line == 0 ? 0 : Math.max(0, at.getColumnNr());
        if (e instanceof JsonParseException pe) {
            return new JsonInputException(source, line, column, "$", "not valid JSON: " + firstLine(pe.getOriginalMessage()), e);
        }
        if (!(e instanceof JsonMappingException me)) {
            return new JsonInputException(source, line, column, "$", firstLine(e.getMessage()), e);
        }
        String path = path(me);
        String problem;
        if (me instanceof UnrecognizedPropertyException up) {
            problem = "unknown field \"" + up.getPropertyName() + "\"; known fields: "
                    + up.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        } else if (me instanceof InvalidFormatException fe && fe.getTargetType() != null && fe.getTargetType().isEnum()) {
            problem = "expected one of " + Arrays.toString(fe.getTargetType().getEnumConstants()) + ", was " + quote(fe.getValue());
        } else if (me instanceof InvalidFormatException fe) {
            problem = "expected " + simple(fe.getTargetType()) + ", was " + quote(fe.getValue());
        } else if (me instanceof ValueInstantiationException ve && ve.getCause() instanceof IllegalArgumentException iae) {
            problem = iae.getMessage();
            path = fieldPath(path, ve.getType() == null ? null : ve.getType().getRawClass(), problem);
        } else if (me instanceof ValueInstantiationException ve && requiredField(ve) != null) {
            path = path + "." + requiredField(ve);
            problem = "required field is missing";
        } else if (me instanceof MismatchedInputException mi && mi.getOriginalMessage() != null
                && mi.getOriginalMessage().startsWith("Missing required creator property")) {
            problem = "required field is missing; expected " + simple(mi.getTargetType());
        } else if (me instanceof MismatchedInputException mi && mi.getTargetType() != null
                && found(mi.getOriginalMessage()) != null) {
            problem = "expected " + simple(mi.getTargetType()) + ", was " + found(mi.getOriginalMessage());
        } else if (me instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            problem = "expected " + simple(mi.getTargetType()) + ": " + firstLine(mi.getOriginalMessage());
        } else {
            problem = firstLine(me.getOriginalMessage());
        }
        return new JsonInputException(source, line, column, path, problem, e);
    }

    /**
     * The model's messages start with the field they are about ("candidate.maxCommuteMinutes must be …",
     * "requirement forklift.minLevel must be …"); when that field belongs to the object being built, the
     * path points at it rather than at the object.
     */
    private static String fieldPath(String objectPath, Class<?> type, String message) {
        if (type == null || !type.isRecord() || message == null) {
            return objectPath;
        }
        String[] words = message.split(" ", 3);
        for (int i = 0; i < Math.min(2, words.length); i++) {
            int dot = words[i].lastIndexOf('.');
            if (dot >= 0) {
                String field = words[i].substring(dot + 1).replaceAll("\\[.*$", "");
                boolean known = Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals(field));
                return known ? objectPath + "." + field : objectPath;
            }
        }
        return objectPath;
    }

    /**
     * @return the record field a constructor refused as null with {@code Objects.requireNonNull(value, "audit.inputDigest")},
     *         or null when the failure is something else
     */
    private static String requiredField(ValueInstantiationException e) {
        if (!(e.getCause() instanceof NullPointerException npe) || npe.getMessage() == null
                || !npe.getMessage().matches("[A-Za-z][A-Za-z0-9.]*") || e.getType() == null || !e.getType().getRawClass().isRecord()) {
            return null;
        }
        String field = npe.getMessage().substring(npe.getMessage().lastIndexOf('.') + 1);
        return Arrays.stream(e.getType().getRawClass().getRecordComponents()).anyMatch(c -> c.getName().equals(field)) ? field : null;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String simple(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalTime.class) {
            return "a time \"HH:mm\"";
        }
        if (type == String.class) {
            return "text";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return type.getSimpleName();
    }

    private static final Pattern COERCED = Pattern.compile("Cannot coerce [\\w-]+ value \\((.*?)\\) to");
    private static final Pattern FROM = Pattern.compile("from (String|Boolean|Integer|Floating-point|Array|Object) value");

    /** @return what Jackson says it found instead, in the words of {@link #simple}, or null */
    private static String found(String jacksonMessage) {
        if (jacksonMessage == null) {
            return null;
        }
        Matcher coerced = COERCED.matcher(jacksonMessage);
        if (coerced.find()) {
            return coerced.group(1);
        }
        Matcher from = FROM.matcher(jacksonMessage);
        if (!from.find()) {
            return null;
        }
        return switch (from.group(1)) {
            case "String" -> "text";
            case "Boolean" -> "a true/false value";
            case "Integer" -> "a whole number";
            case "Floating-point" -> "a number";
            case "Array" -> "an array";
            default -> "an object";
        };
    }

    private static String quote(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid value";
        }
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        // the location is already in the error's file:line:column; Jackson's own copy only adds noise
        return first.replaceAll("\\s*\\(start marker at \\[Source:.*$", "");
    }
}
