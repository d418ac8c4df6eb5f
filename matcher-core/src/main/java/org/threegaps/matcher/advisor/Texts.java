package org.threegaps.matcher.advisor;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.threegaps.matcher.i18n.Placeholders;
import org.threegaps.matcher.result.Lever;

/** The advisor's texts in Dutch and English, with the library's lever and value names. */
final class Texts {
    private static final Texts NL = new Texts("nl");
    private static final Texts EN = new Texts("en");

    private final Locale locale;
    private final ResourceBundle advisor;
    private final ResourceBundle library;

    private Texts(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.advisor = load("/org/threegaps/matcher/advisor/advisor_" + language + ".properties");
        this.library = load("/org/threegaps/matcher/i18n/library_" + language + ".properties");
    }

    static Texts of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? EN : NL;
    }

    private static ResourceBundle load(String path) {
        try (var in = Texts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("message bundle " + path + " is missing");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the advisor text for {@code key} with {@code args} filled in ({0}, {1}, {1|week|weken} …) */
    String format(String key, Object... args) {
        NumberFormat numbers = NumberFormat.getInstance(locale);
        return Placeholders.fill(advisor.getString(key), Arrays.asList(args),
                arg -> arg instanceof Number n ? numbers.format(n) : String.valueOf(arg));
    }

    String lever(Lever lever) {
        return library.getString("lever." + lever.name());
    }

    String value(String name) {
        return library.containsKey("value." + name) ? library.getString("value." + name) : name;
    }

    String verdict(org.threegaps.matcher.result.Verdict verdict) {
        return library.getString("verdict." + verdict.name());
    }

    String gap(org.threegaps.matcher.result.Gap gap) {
        return library.getString("gap." + gap.name());
    }
}
