package org.threegaps.matcher.i18n;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Finding.Argument;
import org.threegaps.matcher.result.MatchResult;

/**
 * Explanation texts in Dutch (the default) and English: the rule set's own message bundles first, then
 * the library's bundle for verdicts, gaps, levers and values. Placeholders are {@code {0}}, {@code {1}}
 * … and {@code {2|week|weken}} ({@link Placeholders}). Each argument is shown by its {@link Argument.Type}:
 * a value name translated through {@code value.<NAME>}, an input field through {@code unknown.<field>}, an
 * ISO 639 language code as the language's name, a decimal number in the reader's notation ("11,50" and
 * "12,3" in Dutch, "11.50" and "12.3" in English, "11" for 11.00 in both), text as it is, and a code as
 * its label from the rule set's {@link Vocabulary}; a code without a label is shown as itself and logged
 * once, at WARN, and listed by {@link #unlabelledCodes()}. Thread-safe.
 */
public final class Messages {
    /** The languages every rule set must provide. */
    public static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);

    private final Map<String, ResourceBundle> rules;
    private final Map<String, ResourceBundle> library;
    private final Vocabulary vocabulary;
    private final Set<String> unlabelled = Collections.synchronizedSet(new LinkedHashSet<>());

    /**
     * Messages without a vocabulary: codes are shown as they are.
     *
     * @param ruleBundles the rule set's bundles by language code ("nl", "en")
     */
    public Messages(Map<String, ResourceBundle> ruleBundles) {
        this(ruleBundles, Vocabulary.EMPTY);
    }

    /**
     * @param ruleBundles the rule set's bundles by language code ("nl", "en")
     * @param vocabulary  the labels of the codes in the input data
     */
    public Messages(Map<String, ResourceBundle> ruleBundles, Vocabulary vocabulary) {
        this.rules = Map.copyOf(ruleBundles);
        this.library = Map.of("nl", load("nl"), "en", load("en"));
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    }

    private static ResourceBundle load(String language) {
        String path = "/org/threegaps/matcher/i18n/library_" + language + ".properties";
        try (var in = Messages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("library message bundle " + path + " is missing");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param finding the finding
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the finding's text in {@code locale}
     */
    public String finding(Finding finding, Locale locale) {
        return format(finding.messageKey(), finding.args(), locale);
    }

    /**
     * @param result a result of the rule set these messages belong to
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the score in words, never a bare number beside "not yet": "96 punten", or with open essential
     *         gaps "1 essentiële drempel open; 96 punten zodra die weg is"
     */
    public String score(MatchResult result, Locale locale) {
        int open = result.openEssentialGaps();
        if (open == 0) {
            return format("score.points", List.of(Argument.number(result.overallScore())), locale);
        }
        return format("score.open", List.of(Argument.number(open), Argument.number(result.overallScore())), locale);
    }

    /**
     * @param finding the finding
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the finding's arguments as the text shows them, for a finding whose rule has no message
     */
    public List<String> values(Finding finding, Locale locale) {
        return finding.args().stream().map(arg -> show(arg, locale)).toList();
    }

    /**
     * @param code a competence, qualification or requirement code, such as "forklift"
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the code's label in the reader's language, from the vocabulary; the code itself when it has
     *         none, which is logged at WARN the first time and listed by {@link #unlabelledCodes()}
     */
    public String code(String code, Locale locale) {
        return vocabulary.label(code, Locale.forLanguageTag(language(locale))).orElseGet(() -> {
            if (unlabelled.add(code)) {
                LOG.warn("code \"{}\" has no label in {}; it is shown as it is", code, Vocabulary.FILE);
            }
            return code;
        });
    }

    /** @return the codes shown as themselves so far because the vocabulary has no label for them, in the order met */
    public List<String> unlabelledCodes() {
        synchronized (unlabelled) {
            return List.copyOf(unlabelled);
        }
    }

    /** @return the labels of the codes in the input data */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * @param key the message key
     * @param args the message arguments
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the text for {@code key} with {@code args} filled in, each shown as {@link #show} shows it
     * @throws MissingResourceException when neither bundle has the key; a rule-set test prevents this
     */
    public String format(String key, List<Argument> args, Locale locale) {
        return Placeholders.fill(text(key, locale), args, arg -> show(arg, locale));
    }

    /**
     * @param arg a message argument
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return an argument as a text shows it in {@code locale}: a VALUE as its translation ({@code value.NAME}), a
     *         FIELD as its name ({@code unknown.field}), a LANGUAGE as the language's name, a NUMBER with a fraction
     *         in the reader's notation without needless zeros, a CODE as its label; the plain value when there is
     *         no translation, and TEXT as it is
     */
    public String show(Argument arg, Locale locale) {
        String value = arg.value();
        return switch (arg.type()) {
            case TEXT -> value;
            // a whole number (a postcode, minutes) is left alone, so it is never grouped
            case NUMBER -> value.indexOf('.') < 0 ? value : number(value, locale);
            case VALUE -> has("value." + value, locale) ? text("value." + value, locale) : value;
            case FIELD -> has("unknown." + value, locale) ? text("unknown." + value, locale) : value;
            // the bundle names what the JDK's locale data does not know, such as Dari (prs)
            case LANGUAGE -> has("language." + value, locale) ? text("language." + value, locale) : languageName(value, locale);
            case CODE -> code(value, locale);
        };
    }

    /** @return a decimal number without needless zeros, with the decimal comma in Dutch */
    static String number(String decimal, Locale locale) {
        BigDecimal value = new BigDecimal(decimal);
        String plain = value.stripTrailingZeros().scale() <= 0 ? value.toBigInteger().toString() : value.toPlainString();
        return "en".equals(language(locale)) ? plain : plain.replace('.', ',');
    }

    /** @return the language's name in the reader's language */
    static String languageName(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(language(locale)));
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    /**
     * @param key the message key
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the raw text for {@code key}
     * @throws MissingResourceException when no bundle has it
     */
    public String text(String key, Locale locale) {
        String language = language(locale);
        ResourceBundle ruleBundle = rules.get(language);
        if (ruleBundle != null && ruleBundle.containsKey(key)) {
            return ruleBundle.getString(key);
        }
        ResourceBundle libraryBundle = library.get(language);
        if (libraryBundle.containsKey(key)) {
            return libraryBundle.getString(key);
        }
        throw new MissingResourceException("no message for key " + key + " in language " + language,
                Messages.class.getName(), key);
    }

    /**
     * @param key the message key
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return true when a bundle of {@code locale} has {@code key}
     */
    public boolean has(String key, Locale locale) {
        String language = language(locale);
        ResourceBundle ruleBundle = rules.get(language);
        return ruleBundle != null && ruleBundle.containsKey(key) || library.get(language).containsKey(key);
    }

    /**
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the keys of the rule set's bundle for {@code locale}
     */
    public Set<String> ruleKeys(Locale locale) {
        ResourceBundle bundle = rules.get(language(locale));
        return bundle == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(bundle.keySet()));
    }

    /**
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the keys of the library's bundle for {@code locale}
     */
    public Set<String> libraryKeys(Locale locale) {
        return Collections.unmodifiableSet(new TreeSet<>(library.get(language(locale)).keySet()));
    }

    private static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "nl";
    }
}
