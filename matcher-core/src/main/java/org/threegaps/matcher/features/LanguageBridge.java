package org.threegaps.matcher.features;

/**
 * What on the work floor bridges a gap in Dutch, in the order a finding names it when the job offers more
 * than one ({@link DutchFit#bridgedBy()}).
 */
public enum LanguageBridge {
    /** Language coaching on the floor. */
    LANGUAGE_COACHING_ON_FLOOR,
    /** A colleague who interprets. */
    INTERPRETER_COLLEAGUE,
    /** Messages through a translation app; not enough for safety instructions. */
    TRANSLATION_APP,
    /** Work instructions in a language the candidate works in. */
    TRANSLATED_INSTRUCTIONS,
    /** A buddy who speaks a language of the candidate. */
    BUDDY
}
