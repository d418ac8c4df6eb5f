package org.threegaps.matcher.i18n;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Fills the placeholders of a text, the same way for rule texts and for the library's, the command's
 * and the report's own texts: {@code {0}}, {@code {1}} … are the arguments, and {@code {2|week|weken}}
 * is the word that goes with argument 2 ("1 week", but "0 weken" and "3 weken"). Apostrophes and other
 * braces are left as they are, so an analyst never escapes anything.
 */
public final class Placeholders {
    private static final Pattern INDEX = Pattern.compile("\\d{1,9}");
    private static final Pattern PLURAL = Pattern.compile("\\d{1,9}\\|[^|{}]+\\|[^|{}]+");

    private Placeholders() {
    }

    /**
     * @param <T> the type
     * @param pattern the text with placeholders
     * @param args    the arguments; a placeholder without an argument stays as it is
     * @param show    how an argument is written, such as a number in the reader's notation
     * @return the text with every placeholder filled in
     */
    public static <T> String fill(String pattern, List<T> args, Function<? super T, String> show) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            String inside = close > i + 1 ? pattern.substring(i + 1, close) : "";
            // {n} is parts [n], {n|one|other} is parts [n, one, other]
            String[] parts = INDEX.matcher(inside).matches() ? new String[] {inside}
                    : PLURAL.matcher(inside).matches() ? inside.split("\\|") : null;
            int index = parts == null ? -1 : Integer.parseInt(parts[0]);
            if (index >= 0 && index < args.size()) {
                T arg = args.get(index);
                out.append(parts.length == 1 ? show.apply(arg) : isOne(arg) ? parts[1] : parts[2]);
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isOne(Object arg) {
        return arg instanceof Number n ? n.doubleValue() == 1 : String.valueOf(arg).equals("1");
    }
}
