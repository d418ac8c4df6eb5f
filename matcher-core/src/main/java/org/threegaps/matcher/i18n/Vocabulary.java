package org.threegaps.matcher.i18n;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The labels of the competence, qualification and requirement codes in the input data ("forklift",
 * "bike-repair"), from the rule set's {@value #FILE}: per code a Dutch and an English label and, if
 * known, the ESCO URI of the concept it stands for. Three lines per code, in plain UTF-8 (nothing is
 * escaped):
 *
 * <pre>
 * bike-repair.nl   = fietsen herstellen
 * bike-repair.en   = bicycle repair
 * bike-repair.esco = http://data.europa.eu/esco/skill/…
 * </pre>
 *
 * Immutable and thread-safe.
 */
public final class Vocabulary {
    /** The vocabulary file of a rule set; a rule set without one has no labels. */
    public static final String FILE = "vocabulary.properties";
    /** A vocabulary without codes: every code is shown as itself. */
    public static final Vocabulary EMPTY = new Vocabulary(Map.of());

    private static final String ESCO = "http://data.europa.eu/esco/";
    private static final Pattern CODE = Pattern.compile("[^\\s=:]+");
    private static final List<String> FIELDS = List.of("nl", "en", "esco");

    private final Map<String, Entry> entries;

    private Vocabulary(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /**
     * One code with its labels.
     *
     * @param code  the code as it appears in candidate and job data
     * @param dutch the Dutch label
     * @param english the English label
     * @param esco  the ESCO URI, or "" when none is given
     */
    public record Entry(String code, String dutch, String english, String esco) {
    }

    /**
     * A line of the file that cannot be read, located for the analyst.
     *
     * @param line    the 1-based line
     * @param message what is wrong and what is expected
     */
    public record Problem(int line, String message) {
    }

    /**
     * Reads a vocabulary file. A malformed line is left out and reported; the rest is read.
     *
     * @param text     the file's content
     * @param problems receives one problem per malformed line, and per code that lacks a language
     * @return the codes that are well formed
     */
    public static Vocabulary parse(String text, List<Problem> problems) {
        Map<String, Integer> lineOfKey = new HashMap<>();
        Map<String, Map<String, String>> byCode = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String raw = lines[i].strip();
            if (i == 0 && raw.startsWith("\uFEFF")) {
                raw = raw.substring(1).strip();
            }
            if (raw.isEmpty() || raw.startsWith("#") || raw.startsWith("!")) {
                continue;
            }
            int equals = raw.indexOf('=');
            if (equals < 0) {
                problems.add(new Problem(line, "\"" + raw + "\" is not of the form <code>.nl = label, <code>.en = label "
                        + "or <code>.esco = URI"));
                continue;
            }
            String key = raw.substring(0, equals).strip();
            String value = raw.substring(equals + 1).strip();
            int dot = key.lastIndexOf('.');
            String code = dot < 0 ? key : key.substring(0, dot);
            String field = dot < 0 ? "" : key.substring(dot + 1);
            if (!FIELDS.contains(field)) {
                problems.add(new Problem(line, "key \"" + key + "\" must end in .nl, .en or .esco, such as "
                        + (code.isEmpty() ? "forklift" : code) + ".nl = label"));
                continue;
            }
            if (!CODE.matcher(code).matches()) {
                problems.add(new Problem(line, "key \"" + key + "\" must start with a code without spaces, "
                        + "as it is written in candidate and job data"));
                continue;
            }
            if (value.isEmpty()) {
                problems.add(new Problem(line, "key " + key + " has no value; write the "
                        + describe(field) + " after the '=', or delete the line"));
                continue;
            }
            if (field.equals("esco") && !value.startsWith(ESCO)) {
                problems.add(new Problem(line, "key " + key + " must be an ESCO URI starting with " + ESCO
                        + ", was \"" + value + "\""));
                continue;
            }
            Integer earlier = lineOfKey.putIfAbsent(key, line);
            if (earlier != null) {
                problems.add(new Problem(line, "key " + key + " is set twice, first on line " + earlier
                        + "; delete one of the lines"));
                continue;
            }
            firstLine.putIfAbsent(code, line);
            byCode.computeIfAbsent(code, c -> new HashMap<>()).put(field, value);
        }
        Map<String, Entry> entries = new TreeMap<>();
        byCode.forEach((code, fields) -> {
            List<String> missing = new ArrayList<>();
            for (String language : List.of("nl", "en")) {
                if (!fields.containsKey(language)) {
                    missing.add(code + "." + language);
                }
            }
            if (missing.isEmpty()) {
                entries.put(code, new Entry(code, fields.get("nl"), fields.get("en"), fields.getOrDefault("esco", "")));
            } else {
                problems.add(new Problem(firstLine.get(code), "code " + code + " needs a Dutch and an English label; "
                        + String.join(" and ", missing) + " " + (missing.size() == 1 ? "is" : "are") + " missing"));
            }
        });
        return new Vocabulary(entries);
    }

    private static String describe(String field) {
        return switch (field) {
            case "nl" -> "Dutch label";
            case "en" -> "English label";
            default -> "ESCO URI";
        };
    }

    /**
     * @param code a competence, qualification or requirement code, such as "forklift"
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the code's label in the reader's language (English for "en", Dutch otherwise), if it has one
     */
    public Optional<String> label(String code, Locale locale) {
        Entry entry = entries.get(code);
        if (entry == null) {
            return Optional.empty();
        }
        return Optional.of("en".equals(locale.getLanguage()) ? entry.english() : entry.dutch());
    }

    /**
     * @param code a competence, qualification or requirement code, such as "forklift"
     * @return the code's entry, if the vocabulary has it
     */
    public Optional<Entry> entry(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    /** @return every entry, sorted by code */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }
}
