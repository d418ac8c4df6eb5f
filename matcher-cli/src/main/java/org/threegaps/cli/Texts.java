package org.threegaps.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.threegaps.matcher.i18n.Placeholders;

/**
 * The command's own texts in Dutch or English ({@code cli_nl.properties}, {@code cli_en.properties}).
 * Placeholders are {@code {0}}, {@code {1}} … and {@code {1|fout|fouten}}, filled in as given
 * ({@link Placeholders}): no MessageFormat, so an apostrophe in a Dutch text needs no escaping.
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

    /** @return the text for {@code key} with the arguments filled in ({0}, {1|fout|fouten} …) */
    String get(String key, Object... args) {
        return Placeholders.fill(bundle.getString(key), Arrays.asList(args), String::valueOf);
    }

    /** @return every key, for the test that both languages have the same keys */
    static List<String> keys(Language language) {
        return List.copyOf(new Texts(language.locale()).bundle.keySet());
    }
}
