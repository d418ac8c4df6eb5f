package org.threegaps.matcher.features;

import java.util.Locale;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.LanguageReason;

/**
 * The job's Dutch requirement against the candidate's Dutch and other languages, and the support on the floor
 * that bridges a gap.
 *
 * @param stated                 false when the job states no Dutch level
 * @param required               the level asked at hiring (NONE when not stated)
 * @param candidate              the candidate's level, or null when unknown
 * @param gapLevels              CEFR levels missing at hiring; 0 when met or unknown
 * @param startGapLevels         levels missing for the tasks needed from the first day
 * @param coreTaskGapLevels      levels missing for the tasks needed from the first day that matter most or are
 *                               done daily (the job's level when no task states one); the Dutch whose lack is
 *                               essential where it serves customer contact
 * @param taskBased              true when a stated reason ties the level to the work
 * @param safetyOrSolo           true when the reasons include safety, medical/technical reading or solo work
 * @param customerContact        true when a reason is customer or patient contact
 * @param nativeSpeakerRequested true when the job asks for a native speaker
 * @param sharedInstructionLanguage a language the instructions exist in and the candidate speaks at the
 *                               policy's working level, or null when none
 * @param buddyLanguage          a language the buddy speaks and the candidate too, or null
 * @param floorSupport           true when support on the floor can carry safety instructions: language coaching, an
 *                               interpreting colleague, instructions in the candidate's language, or a buddy who
 *                               speaks it (a translation app cannot)
 * @param bridgedBy              what bridges a gap in Dutch for communication at work: the support above or a
 *                               translation app, the first in {@link LanguageBridge} order; null when none
 * @param safetyReason           why safety or solo work asks the level: safety instructions, else reading medical
 *                               or technical documents, else working alone without an interpreter; null when
 *                               neither is a reason
 * @param communicationReason    which communication at work asks the level: customer contact, else written
 *                               reporting, else team communication; null when no reason ties the level to the work
 */
public record DutchFit(boolean stated, Cefr required, Cefr candidate, int gapLevels, int startGapLevels, int coreTaskGapLevels,
                       boolean taskBased, boolean safetyOrSolo, boolean customerContact,
                       boolean nativeSpeakerRequested, Locale sharedInstructionLanguage, Locale buddyLanguage,
                       boolean floorSupport, LanguageBridge bridgedBy, LanguageReason safetyReason,
                       LanguageReason communicationReason) {
    /** @return true when the candidate's Dutch level is known */
    public boolean known() {
        return candidate != null;
    }

    /**
     * @param level a CEFR level
     * @return true when the candidate's Dutch level is known and below {@code level}; false when unknown.
     *         One call, so a rule can put it in an {@code ||} without navigating a null level (Drools
     *         cannot compile such a constraint to bytecode and would interpret it on every pair)
     */
    public boolean candidateBelow(Cefr level) {
        return candidate != null && !candidate.atLeast(level);
    }

    /** @return true when instructions exist in a language the candidate works in */
    public boolean instructionsInCandidateLanguage() {
        return sharedInstructionLanguage != null;
    }

    /** @return true when the buddy speaks a language of the candidate */
    public boolean buddySpeaksCandidateLanguage() {
        return buddyLanguage != null;
    }
}
