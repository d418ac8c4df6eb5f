package org.threegaps.matcher.model;

/**
 * What kind of requirement a task states. {@code QUALIFICATION} means a diploma or certificate held by
 * the candidate; the others compare a level in {@link Candidate#competences()}.
 */
public enum RequirementCategory {
    /** A competence at a minimum level. */
    COMPETENCE,
    /** A diploma or certificate the candidate must hold. */
    QUALIFICATION,
    /** Experience in a field, as a level. */
    EXPERIENCE,
    /** A digital skill, as a level. */
    DIGITAL,
    /** A driving licence. */
    DRIVING_LICENCE
}
