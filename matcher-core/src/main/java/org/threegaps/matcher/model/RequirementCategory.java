package org.threegaps.matcher.model;

/**
 * What kind of requirement a task states. {@code QUALIFICATION} means a diploma or certificate held by
 * the candidate; the others compare a level in {@link Candidate#competences()}.
 */
public enum RequirementCategory { COMPETENCE, QUALIFICATION, EXPERIENCE, DIGITAL, DRIVING_LICENCE }
