package org.threegaps.matcher.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's text split the way the engine reads it: what stands between its name and {@code when} (an
 * {@code extends}, attributes such as {@code enabled false}; its metadata left out), its conditions and its
 * consequence. Comments are left out and layout is folded (outside string literals, white space only where
 * two words meet), so two rules that differ in line breaks, spacing or comments read the same.
 *
 * @param attributes  "" for a rule that has none
 * @param conditions  what follows {@code when}, up to {@code then}
 * @param consequence what follows {@code then}, up to {@code end}
 */
record RuleText(String attributes, String conditions, String consequence) {
    private static final Pattern HEADER = Pattern.compile("\\s*rule\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|\\S+)");
    private static final Pattern METADATA = Pattern.compile("@[\\w.]+\\s*(\\((?:\"(?:[^\"\\\\]|\\\\.)*\"|[^)\"])*\\))?");

    /**
     * @param text a rule from its {@code rule} keyword to its {@code end}
     * @return its parts; a part that cannot be found is ""
     */
    static RuleText of(String text) {
        String code = withoutComments(text);
        Matcher header = HEADER.matcher(code);
        int from = header.lookingAt() ? header.end() : 0;
        int when = keyword(code, "when", from);
        if (when < 0) {
            return new RuleText("", "", "");
        }
        int then = keyword(code, "then", when + 4);
        int end = then < 0 ? -1 : lastKeyword(code, "end");
        String attributes = METADATA.matcher(code.substring(from, when)).replaceAll(" ");
        return new RuleText(fold(attributes), fold(code.substring(when + 4, then < 0 ? code.length() : then)),
                then < 0 ? "" : fold(code.substring(then + 4, end > then ? end : code.length())));
    }

    /** Outside string literals, white space is left out except for one space where two words meet. */
    private static String fold(String code) {
        StringBuilder out = new StringBuilder(code.length());
        boolean space = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty() && Character.isJavaIdentifierPart(out.charAt(out.length() - 1))
                    && Character.isJavaIdentifierPart(c)) {
                out.append(' ');
            }
            space = false;
            int next = literalEnd(code, i);
            out.append(code, i, next + 1);
            i = next;
        }
        return out.toString();
    }

    /** Comments out (each becomes a space), string literals kept as written. */
    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("//", i)) {
                int eol = text.indexOf('\n', i);
                i = (eol < 0 ? text.length() : eol) - 1;
                out.append(' ');
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = (close < 0 ? text.length() : close + 2) - 1;
                out.append(' ');
            } else {
                int next = literalEnd(text, i);
                out.append(text, i, next + 1);
                i = next;
            }
        }
        return out.toString();
    }

    /** @return where {@code word} first stands as a word outside string literals, from {@code from}; -1 if not */
    private static int keyword(String code, String word, int from) {
        for (int i = from; i < code.length(); i = literalEnd(code, i) + 1) {
            if (code.startsWith(word, i) && !partOfWord(code, i - 1) && !partOfWord(code, i + word.length())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return where the string or character literal that opens at {@code i} closes (the last index when it
     *         does not), or {@code i} itself when no literal opens there
     */
    private static int literalEnd(String code, int i) {
        char quote = code.charAt(i);
        if (quote != '"' && quote != '\'') {
            return i;
        }
        for (int j = i + 1; j < code.length(); j++) {
            if (code.charAt(j) == '\\') {
                j++;
            } else if (code.charAt(j) == quote) {
                return j;
            }
        }
        return code.length() - 1;
    }

    private static int lastKeyword(String code, String word) {
        int last = -1;
        for (int i = keyword(code, word, 0); i >= 0; i = keyword(code, word, i + word.length())) {
            last = i;
        }
        return last;
    }

    private static boolean partOfWord(String code, int i) {
        return i >= 0 && i < code.length() && (Character.isJavaIdentifierPart(code.charAt(i)) || code.charAt(i) == '-');
    }
}
