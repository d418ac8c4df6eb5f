package org.threegaps.matcher.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
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
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.MatchResult;

/**
 * Reads candidates and jobs from JSON and writes results, with Jackson. A bad document gives a
 * {@link JsonInputException} with the file, the JSON path and what was expected.
 *
 * <p>Reading is strict and bounded, because documents come from other systems: a document that is empty or
 * {@code null}, names a field twice, or passes one of the limits below is refused with its place, before any of
 * it is used. The limits hold per document (docs/json.md, "Limits"):
 * <table>
 *   <caption>Limits of what Json reads</caption>
 *   <tr><th>what</th><th>one document</th><th>a file of many ({@link #readCandidates}, {@link #readJobs},
 *       {@link #readCollection})</th></tr>
 *   <tr><td>length</td><td>4,000,000 bytes (characters for text)</td><td>1,000,000,000 bytes</td></tr>
 *   <tr><td>tokens (field names, values, brackets)</td><td>200,000</td><td>100,000,000</td></tr>
 *   <tr><td>one text value</td><td>50,000 characters</td><td>the same</td></tr>
 *   <tr><td>one field name</td><td>1,000 characters</td><td>the same</td></tr>
 *   <tr><td>one number</td><td>100 digits</td><td>the same</td></tr>
 *   <tr><td>nesting of objects and arrays</td><td>64 levels</td><td>the same</td></tr>
 * </table>
 * The bundled documents are far below them: the largest job has 396 tokens and 5 KB, the rule set's
 * {@code samples.json} 11,753 tokens and 128 KB, the longest text 180 characters. JSON Lines (one document per line,
 * {@code matcher batch}, the Spark job) holds any number of documents, each within the limits of one.
 */
public final class Json {
    // limits of one document and of a file of many; see the class comment and docs/json.md
    static final long MAX_DOCUMENT_LENGTH = 4_000_000;
    static final long MAX_DOCUMENT_TOKENS = 200_000;
    static final long MAX_COLLECTION_LENGTH = 1_000_000_000;
    static final long MAX_COLLECTION_TOKENS = 100_000_000;
    static final int MAX_STRING_LENGTH = 50_000;
    static final int MAX_NAME_LENGTH = 1_000;
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_NESTING_DEPTH = 64;

    private static final JsonFactory DOCUMENT = factory(MAX_DOCUMENT_LENGTH, MAX_DOCUMENT_TOKENS);
    private static final JsonFactory COLLECTION = factory(MAX_COLLECTION_LENGTH, MAX_COLLECTION_TOKENS);

    // strict types: "45" is not a number, "" not an unknown value, 45.7 not 45, 17 not text; a document
    // that says something else than the schema is refused with its place, never read as something it did not say
    private static final ObjectMapper MAPPER = JsonMapper.builder(DOCUMENT)
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

    private static JsonFactory factory(long maxLength, long maxTokens) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxLength)
                        .maxTokenCount(maxTokens)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build())
                // {"nightWork": true, "nightWork": false} says two things; Jackson would keep the last
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
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

    /**
     * A new mapper configured like the one this class reads and writes with (strict types, unknown fields
     * refused, the limits of one document), for a caller that needs Jackson itself, such as reading a tree.
     * It is a copy: reconfiguring it changes nothing for {@link #read}. Copying costs; keep the copy.
     *
     * @return a copy of the configured mapper, thread-safe once configured
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /**
     * @param file a JSON file holding one candidate
     * @return the candidate in {@code file}
     * @throws JsonInputException located, when the file is not a valid candidate or passes a limit
     * @throws UncheckedIOException when the file cannot be read
     * @throws NullPointerException when {@code file} is null
     */
    public static Candidate readCandidate(Path file) {
        return read(file, MAPPER.constructType(Candidate.class), DOCUMENT);
    }

    /**
     * @param file a JSON file holding one job
     * @return the job in {@code file}
     * @throws JsonInputException located, when the file is not a valid job or passes a limit
     * @throws UncheckedIOException when the file cannot be read
     * @throws NullPointerException when {@code file} is null
     */
    public static Job readJob(Path file) {
        return read(file, MAPPER.constructType(Job.class), DOCUMENT);
    }

    /**
     * @param file a JSON file holding an array of candidates, read with the limits of a file of many
     * @return the candidates of the array, in order
     * @throws JsonInputException located, when the file is not an array of valid candidates or passes a limit
     * @throws UncheckedIOException when the file cannot be read
     * @throws NullPointerException when {@code file} is null
     */
    public static List<Candidate> readCandidates(Path file) {
        return read(file, MAPPER.getTypeFactory().constructType(CANDIDATES), COLLECTION);
    }

    /**
     * @param file a JSON file holding an array of jobs, read with the limits of a file of many
     * @return the jobs of the array, in order
     * @throws JsonInputException located, when the file is not an array of valid jobs or passes a limit
     * @throws UncheckedIOException when the file cannot be read
     * @throws NullPointerException when {@code file} is null
     */
    public static List<Job> readJobs(Path file) {
        return read(file, MAPPER.getTypeFactory().constructType(JOBS), COLLECTION);
    }

    /**
     * Reads a file that holds many documents, such as a fairness population, with the limits of a file of many
     * (see the class comment) rather than those of one document.
     *
     * @param <T>  the type of the document
     * @param file the JSON file
     * @param type the type of the document
     * @return the document
     * @throws JsonInputException located, when the file is not a valid document of that type or passes a limit
     * @throws UncheckedIOException when the file cannot be read
     * @throws NullPointerException when an argument is null
     */
    public static <T> T readCollection(Path file, Class<T> type) {
        return read(file, MAPPER.constructType(Objects.requireNonNull(type, "type")), COLLECTION);
    }

    /**
     * Reads a document of any model type from text, with the limits of one document.
     *
     * @param <T>    the type of the document
     * @param source a name for error messages, such as the file name
     * @param text   the JSON text
     * @param type   the type of the document, such as {@code Candidate.class}
     * @return the document, never null
     * @throws JsonInputException located, when the text is empty, {@code null}, not a valid document of that
     *                            type, names a field twice or passes a limit
     * @throws NullPointerException when an argument is null
     * @throws UncheckedIOException when the text cannot be read (not expected for a string)
     */
    public static <T> T read(String source, String text, Class<T> type) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        JavaType target = MAPPER.constructType(Objects.requireNonNull(type, "type"));
        try (JsonParser parser = DOCUMENT.createParser(new StringReader(text))) {
            return read(source, parser, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static <T> T read(Path file, JavaType type, JsonFactory limits) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file); JsonParser parser = limits.createParser(in)) {
            return read(file.toString(), parser, type);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads one document from a parser whose input is the whole document: refuses an empty or {@code null}
     * document, and locates every failure at the place the parser stopped when Jackson's error has no place
     * (a limit) or no path (a duplicate field).
     */
    private static <T> T read(String source, JsonParser parser, JavaType type) throws IOException {
        try {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                JsonLocation at = first == null ? parser.currentLocation() : parser.currentTokenLocation();
                throw new JsonInputException(source, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), "$",
                        "expected " + simple(type.getRawClass()) + ", was " + (first == null ? "an empty document" : "null"),
                        null);
            }
            return MAPPER.readValue(parser, type);
        } catch (JsonProcessingException e) {
            throw located(source, e, parser);
        }
    }

    /**
     * Writes a candidate, job, result document or other value of the library. A {@link MatchResult} is plain data
     * without texts: write its document, {@code Json.write(matcher.texts().document(result, locale))}.
     *
     * @param value the value to write
     * @return the value as indented JSON with keys in a stable order
     * @throws IllegalArgumentException when {@code value} is a {@link MatchResult}
     * @throws IllegalStateException when Jackson cannot write the value (a type that is not part of the model)
     * @throws NullPointerException when {@code value} is null
     */
    public static String write(Object value) {
        Objects.requireNonNull(value, "value");
        refuseBareResult(value);
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Writes a value as {@link #write(Object)} does, on one line: for JSON Lines and for a column that holds a
     * whole result document.
     *
     * @param value the value to write, such as a {@link ResultDocument}
     * @return the value as JSON without line breaks, keys in a stable order
     * @throws IllegalArgumentException when {@code value} is a {@link MatchResult}
     * @throws IllegalStateException when Jackson cannot write the value (a type that is not part of the model)
     * @throws NullPointerException when {@code value} is null
     */
    public static String writeLine(Object value) {
        Objects.requireNonNull(value, "value");
        refuseBareResult(value);
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static void refuseBareResult(Object value) {
        if (value instanceof MatchResult result) {
            throw new IllegalArgumentException("the result of " + result.candidateId() + " × " + result.jobId()
                    + " holds no texts: write its document, Json.write(matcher.texts().document(result, locale))");
        }
    }

    /**
     * @param source a name for error messages, such as the file name
     * @param text   a result document as JSON, such as {@link #write(Object)} writes it
     * @return the result document read back
     * @throws JsonInputException located, when the text is not a valid result document
     * @throws NullPointerException when an argument is null
     */
    public static ResultDocument readResult(String source, String text) {
        return read(source, text, ResultDocument.class);
    }

    /**
     * Maps a Jackson failure to one located line; also used for YAML documents read with Jackson.
     *
     * @param source the file or source name the message starts with
     * @param e      what Jackson threw
     * @return the exception to throw, with line, column, JSON path and the problem in plain words
     * @throws NullPointerException when an argument is null
     */
    public static JsonInputException located(String source, IOException e) {
        return located(source, e, null);
    }

    private static JsonInputException located(String source, IOException e, JsonParser parser) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(e, "e");
        JsonLocation at = e instanceof JsonProcessingException jp ? jp.getLocation() : null;
        if ((at == null || at.getLineNr() <= 0) && parser != null) {
            at = parser.currentLocation();
        }
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null || line == 0 ? 0 : Math.max(0, at.getColumnNr());
        StreamConstraintsException limit = cause(e, StreamConstraintsException.class);
        if (limit != null) {
            String path = e instanceof JsonMappingException me && !me.getPath().isEmpty() ? path(me) : path(parser);
            return new JsonInputException(source, line, column, path, limit(limit), e);
        }
        JsonParseException parse = cause(e, JsonParseException.class);
        if (parse != null && parse.getOriginalMessage() != null && parse.getOriginalMessage().startsWith("Duplicate field '")) {
            String field = parse.getOriginalMessage().substring("Duplicate field '".length()).replaceAll("'$", "");
            // Jackson's path, when it wrapped the error, ends at the object that holds the field twice
            String path = e instanceof JsonMappingException me && !me.getPath().isEmpty() ? path(me) + "." + field
                    : path(parser);
            return new JsonInputException(source, line, column, path, "field \"" + field
                    + "\" appears twice in one object; give it once", e);
        }
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

    private static <X extends Throwable> X cause(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static final Pattern LIMIT = Pattern.compile("^(String value length|Name length|Number value length"
            + "|Document nesting depth|Document length|Token count) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    /** @return which limit a document passed, in the words of docs/json.md, or Jackson's words for one not known */
    private static String limit(StreamConstraintsException e) {
        Matcher m = LIMIT.matcher(String.valueOf(e.getOriginalMessage()));
        if (!m.find()) {
            return "the document passes a limit: " + firstLine(e.getOriginalMessage());
        }
        String max = String.format(Locale.ROOT, "%,d", Long.parseLong(m.group(3)));
        String what = switch (m.group(1)) {
            case "String value length" -> "a text value is longer than the limit of " + max + " characters";
            case "Name length" -> "a field name is longer than the limit of " + max + " characters";
            case "Number value length" -> "a number is longer than the limit of " + max + " digits";
            case "Document nesting depth" -> "objects and arrays nest deeper than the limit of " + max + " levels";
            case "Document length" -> "the document is longer than the limit of " + max + " bytes";
            default -> "the document has more than " + max + " tokens (field names, values and brackets), the limit";
        };
        return what + " (docs/json.md, Limits)";
    }

    /** @return the path of the value the parser is at, such as {@code $.tasks[2].id}; {@code $} without a parser */
    private static String path(JsonParser parser) {
        if (parser == null) {
            return "$";
        }
        List<String> parts = new java.util.ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject()) {
                parts.add(c.getCurrentName() == null ? "" : "." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        StringBuilder path = new StringBuilder("$");
        for (int i = parts.size() - 1; i >= 0; i--) {
            path.append(parts.get(i));
        }
        return path.toString();
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
