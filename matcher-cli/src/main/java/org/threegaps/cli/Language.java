package org.threegaps.cli;

import java.util.Locale;

/** The languages explanations and the command's texts come in. */
enum Language {
    nl, en;

    /** @return the locale of this language */
    Locale locale() {
        return Locale.forLanguageTag(name());
    }
}
