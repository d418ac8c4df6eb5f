package org.threegaps.matcher;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.threegaps.matcher.i18n.Placeholders;

/**
 * A problem in a rule set, located for an analyst: {@code policy.drl:12:5: error: …}, in English by
 * default and in Dutch with {@link #message(Locale)}.
 *
 * @param file     the file name
 * @param line     1-based line, 0 when the problem concerns the whole file
 * @param column   1-based column, 0 when unknown
 * @param severity error (the rule set is refused) or warning (it loads)
 * @param text     what is wrong, in analyst words
 */
public record RuleProblem(String file, int line, int column, Severity severity, Text text) {
    /** How bad a problem is. */
    public enum Severity {
        /** The rule set is refused. */
        ERROR,
        /** The rule set loads; the analyst should look. */
        WARNING
    }

    private static final String BUNDLE = "org.threegaps.matcher.engine.problems";

    /**
     * What is wrong, as a key of the problem texts ({@code problems.properties}, {@code problems_nl.properties})
     * with its arguments; an argument that is itself a Text is written in the same language. A text
     * without a key (Drools' own words, a message from another part) is the same in every language.
     *
     * @param key  the text's key, or null for a literal
     * @param args the arguments, or the one literal text
     */
    public record Text(String key, List<Object> args) {
        /**
         * @param key  the text's key, or null for a literal
         * @param args the arguments, or the one literal text
         * @throws NullPointerException when {@code args} is null or holds null
         */
        public Text {
            args = List.copyOf(args);
        }

        /**
         * @param key  the key in the problem texts
         * @param args the arguments
         * @return the text of {@code key} with these arguments
         */
        public static Text of(String key, Object... args) {
            return new Text(key, List.of(args));
        }

        /**
         * @param text the text
         * @return a text that is the same in every language
         */
        public static Text literal(String text) {
            return new Text(null, List.of(text));
        }

        /**
         * @param locale the reader's language
         * @return the text in {@code locale}'s language, English where it has none
         * @throws MissingResourceException when the key has no text in any language (a defect: a test keeps
         *                                  the texts complete)
         */
        public String in(Locale locale) {
            if (key == null) {
                return String.valueOf(args.get(0));
            }
            String pattern = texts(locale.getLanguage()).getProperty(key);
            if (pattern == null) {
                pattern = texts("").getProperty(key);
            }
            if (pattern == null) {
                throw new MissingResourceException("no text for " + key, BUNDLE, key);
            }
            return Placeholders.fill(pattern, args, arg -> arg instanceof Text t ? t.in(locale) : String.valueOf(arg));
        }
    }

    /** The problem texts by language ("" for English), read once; a ResourceBundle.Control cannot be used in a named module. */
    private static final java.util.concurrent.ConcurrentMap<String, java.util.Properties> TEXTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static java.util.Properties texts(String language) {
        return TEXTS.computeIfAbsent(language, l -> {
            java.util.Properties texts = new java.util.Properties();
            String file = "/" + BUNDLE.replace('.', '/') + (l.isEmpty() ? "" : "_" + l) + ".properties";
            try (java.io.InputStream in = RuleProblem.class.getResourceAsStream(file)) {
                if (in != null) {
                    texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(file, e);
            }
            return texts;
        });
    }

    /**
     * @param file   the file
     * @param line   1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param text   what is wrong
     * @return an error
     */
    public static RuleProblem error(String file, int line, int column, Text text) {
        return new RuleProblem(file, line, column, Severity.ERROR, text);
    }

    /**
     * @param file    the file
     * @param line    1-based line, 0 when unknown
     * @param column  1-based column, 0 when unknown
     * @param message what is wrong, the same in every language
     * @return an error
     */
    public static RuleProblem error(String file, int line, int column, String message) {
        return error(file, line, column, Text.literal(message));
    }

    /**
     * @param file   the file
     * @param line   1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param text   what is wrong
     * @return a warning
     */
    public static RuleProblem warning(String file, int line, int column, Text text) {
        return new RuleProblem(file, line, column, Severity.WARNING, text);
    }

    /**
     * @param file    the file
     * @param line    1-based line, 0 when unknown
     * @param column  1-based column, 0 when unknown
     * @param message what is wrong, the same in every language
     * @return a warning
     */
    public static RuleProblem warning(String file, int line, int column, String message) {
        return warning(file, line, column, Text.literal(message));
    }

    /** @return true for an error */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** @return what is wrong, in English */
    public String message() {
        return text.in(Locale.ENGLISH);
    }

    /**
     * @param locale the reader's language
     * @return what is wrong, in {@code locale}'s language (English or Dutch)
     */
    public String message(Locale locale) {
        return text.in(locale);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message();
    }
}
