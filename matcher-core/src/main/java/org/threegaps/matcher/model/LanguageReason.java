package org.threegaps.matcher.model;

/** Why a job states a Dutch level (seed 004 L1097–1124). */
public enum LanguageReason {
    SAFETY_INSTRUCTIONS,
    READING_MEDICAL_OR_TECHNICAL_DOCS,
    WRITTEN_REPORTING,
    CUSTOMER_CONTACT,
    SOLO_WORK_WITHOUT_INTERPRETER,
    TEAM_COMMUNICATION,
    /** "It must be your mother tongue": flagged, never scored (seed 004 L1313–1314). */
    NATIVE_SPEAKER_REQUESTED,
    UNSPECIFIED_PREFERENCE;

    /** @return true for reasons that tie the level to what the work itself needs */
    public boolean taskBased() {
        return this != NATIVE_SPEAKER_REQUESTED && this != UNSPECIFIED_PREFERENCE;
    }
}
