package org.threegaps.matcher.result;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One explained point: which rule found what, on which gap, with how many points and what would lift
 * it. The text is rendered from {@code messageKey} and {@code args} in the reader's language.
 *
 * @param ruleId     stable rule id such as "MO-02"
 * @param gap        the gap the finding belongs to
 * @param area       the rule file's area, such as "mobility"
 * @param kind       blocker, penalty, bonus or information
 * @param points     points subtracted (penalty) or added (bonus); 0 otherwise
 * @param messageKey the message key, the rule id by default
 * @param args       the values the text shows, {@code {0}}, {@code {1}} …, each with its type
 * @param levers     what would lift or strengthen it
 */
public record Finding(String ruleId, Gap gap, String area, Kind kind, int points, String messageKey,
                      List<Argument> args, List<Lever> levers) {
    /**
     * @param ruleId     stable rule id such as "MO-02"
     * @param gap        the gap the finding belongs to
     * @param area       the rule file's area, such as "mobility"
     * @param kind       blocker, bridged, penalty, bonus or information
     * @param points     points subtracted (penalty) or added (bonus); 0 otherwise
     * @param messageKey the message key, the rule id by default
     * @param args       the message arguments, typed by how a text shows them
     * @param levers     what would lift or strengthen it
     * @throws NullPointerException when {@code args} or {@code levers} is null or holds null
     */
    public Finding {
        args = List.copyOf(args);
        levers = List.copyOf(levers);
    }

    /** @return the arguments' plain values, in order: what the JSON result writes as the finding's values */
    public List<String> values() {
        return args.stream().map(Argument::value).toList();
    }

    /**
     * One value a finding's text shows, with its type, which says how a text in the reader's language
     * writes it. Immutable; equal when type and value are.
     *
     * @param type  how the value is shown
     * @param value the plain value, as the JSON result writes it: "375", "MONDAY", "candidate.home", "ar",
     *              "forklift", "06:00-14:00"
     */
    public record Argument(Type type, String value) {
        private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

        /** What kind of value an argument is, and so how a text shows it. */
        public enum Type {
            /** Shown as it is: a task name, shift hours such as "06:00-14:00". */
            TEXT,
            /**
             * A number: digits, with a point and decimals for a fraction ("12.50"). Shown in the reader's
             * notation ("12,50" in Dutch), with "11" for 11.00; whole numbers are never grouped.
             */
            NUMBER,
            /** The name of a value, such as "MONDAY": shown as its translation, {@code value.MONDAY}. */
            VALUE,
            /** An input field, such as "candidate.home": shown as its name, {@code unknown.candidate.home}. */
            FIELD,
            /** An ISO 639 language code, such as "ar": shown as the language's name in the reader's language. */
            LANGUAGE,
            /** A competence, qualification or requirement code: shown as its label from the vocabulary. */
            CODE
        }

        /**
         * @param type  how a text shows the value
         * @param value the plain value
         * @throws NullPointerException     when the type or the value is null
         * @throws IllegalArgumentException when the value is not one of its type: a NUMBER that is not digits
         *                                  with an optional point, a LANGUAGE that is not 2 or 3 lower-case
         *                                  letters, or a blank VALUE, FIELD or CODE
         */
        public Argument {
            Objects.requireNonNull(type, "argument type");
            Objects.requireNonNull(value, "argument value");
            boolean valid = switch (type) {
                case TEXT -> true;
                case NUMBER -> isNumber(value);
                case LANGUAGE -> LANGUAGE.matcher(value).matches();
                case VALUE, FIELD, CODE -> !value.isBlank();
            };
            if (!valid) {
                throw new IllegalArgumentException("\"" + value + "\" is not a " + type + " argument");
            }
        }

        /** @return true for {@code -?[0-9]+(\.[0-9]+)?}; by hand, since every numeric argument of every finding passes here */
        private static boolean isNumber(String value) {
            int i = value.startsWith("-") ? 1 : 0;
            int digits = digits(value, i);
            if (digits == 0) {
                return false;
            }
            i += digits;
            if (i == value.length()) {
                return true;
            }
            return value.charAt(i) == '.' && digits(value, i + 1) > 0 && i + 1 + digits(value, i + 1) == value.length();
        }

        private static int digits(String value, int from) {
            int i = from;
            while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                i++;
            }
            return i - from;
        }

        /**
         * @param text any text
         * @return text shown as it is
         */
        public static Argument text(String text) {
            return new Argument(Type.TEXT, text);
        }

        /**
         * @param number digits, with a point and decimals for a fraction
         * @return a number, shown in the reader's notation
         * @throws IllegalArgumentException when it is not such a number
         */
        public static Argument number(String number) {
            return new Argument(Type.NUMBER, number);
        }

        /**
         * @param number a whole number
         * @return the number, shown as it is
         */
        public static Argument number(long number) {
            return new Argument(Type.NUMBER, Long.toString(number));
        }

        /**
         * @param name the name of a value, such as "BIKE"
         * @return the value {@code name}, shown as its translation
         */
        public static Argument value(String name) {
            return new Argument(Type.VALUE, name);
        }

        /**
         * @param constant an enum constant of the model or the features
         * @return its value, shown as its translation
         */
        public static Argument value(Enum<?> constant) {
            return new Argument(Type.VALUE, constant.name());
        }

        /**
         * @param path an input field such as "candidate.home"
         * @return the field, shown as its name
         */
        public static Argument field(String path) {
            return new Argument(Type.FIELD, path);
        }

        /**
         * @param code an ISO 639 language code such as "ar"
         * @return the language, shown as its name
         */
        public static Argument language(String code) {
            return new Argument(Type.LANGUAGE, code);
        }

        /**
         * @param code a competence, qualification or requirement code, such as "forklift"
         * @return the code, shown as its label
         */
        public static Argument code(String code) {
            return new Argument(Type.CODE, code);
        }

        /** @return the plain value, as the JSON result writes it; a plural choice {@code {0|week|weeks}} reads it */
        @Override
        public String toString() {
            return value;
        }
    }
}
