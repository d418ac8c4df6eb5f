package org.threegaps.cli;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command's own texts in Dutch or English ({@code cli_nl.properties}, {@code cli_en.properties}).
 * Placeholders are {@code {0}}, {@code {1}} …, filled in as given: no MessageFormat, so an apostrophe
 * in a Dutch text needs no escaping.
 */
final class Texts {
    private static final String BUNDLE = "org.threegaps.cli.cli";
    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's default locale: the reader asked for this language
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @return the texts of one language */
    static Texts of(Language language) {
        return new Texts(language.locale());
    }

    /** @return the language the texts are in, also used for rule texts */
    Locale locale() {
        return locale;
    }

    /** @return the text for {@code key} with the arguments filled in */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(index < args.length ? String.valueOf(args[index]) : "{" + index + "}");
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** @return every key, for the test that both languages have the same keys */
    static List<String> keys(Language language) {
        return List.copyOf(new Texts(language.locale()).bundle.keySet());
    }
}
