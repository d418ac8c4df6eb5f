package org.threegaps.cli;

import picocli.CommandLine.Option;

/** {@code --lang nl|en}: the language of explanations and of the command's own texts. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl",
            description = "language of the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Language language = Language.nl;

    /** @return the command's texts in the chosen language */
    Texts texts() {
        return Texts.of(language);
    }
}
