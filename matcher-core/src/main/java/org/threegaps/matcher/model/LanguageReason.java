package org.threegaps.matcher.model;

/** Why a job states a Dutch level (seed 004 L1097–1124). */
public enum LanguageReason {
    /** Safety instructions must be understood at once. */
    SAFETY_INSTRUCTIONS,
    /** Medical or technical documents must be read. */
    READING_MEDICAL_OR_TECHNICAL_DOCS,
    /** Reports must be written. */
    WRITTEN_REPORTING,
    /** The work means talking with customers, patients or the public. */
    CUSTOMER_CONTACT,
    /** The work is done alone, with no colleague to interpret. */
    SOLO_WORK_WITHOUT_INTERPRETER,
    /** The team must be able to talk with each other. */
    TEAM_COMMUNICATION,
    /** "It must be your mother tongue": flagged, never scored (seed 004 L1313–1314). */
    NATIVE_SPEAKER_REQUESTED,
    /** A level the employer prefers without a reason tied to a task. */
    UNSPECIFIED_PREFERENCE;

    /** @return true for reasons that tie the level to what the work itself needs */
    public boolean taskBased() {
        return this != NATIVE_SPEAKER_REQUESTED && this != UNSPECIFIED_PREFERENCE;
    }
}
