package org.threegaps.matcher.model;

/** Supports an employer offers around a job (seed 004 §3, practices E9–E25). */
public enum Support {
    /** An experienced colleague who shows the way and trains on the floor. */
    BUDDY,
    /** Dutch coaching during the work. */
    LANGUAGE_COACHING_ON_FLOOR,
    /** A colleague who speaks the candidate's language. */
    INTERPRETER_COLLEAGUE,
    /** Messages and instructions through a translation app. */
    TRANSLATION_APP,
    /** Training on the job, for the weeks the job states. */
    ON_THE_JOB_TRAINING,
    /** The job coach may come on the floor. */
    COACH_ON_FLOOR,
    /** A fixed contact person for questions. */
    CONTACT_PERSON,
    /** Clear information before and on the first day. */
    FIRST_DAY_INFO,
    /** A zone adapted for medical limitations. */
    MEDICALLY_ADAPTED_ZONE,
    /** Lifting aids and other ergonomic aids. */
    ERGONOMIC_AIDS,
    /** A paid trial or shadow day before hiring. */
    TRIAL_DAY,
    /** An introductory conversation instead of a formal interview. */
    INTRO_CONVERSATION,
    /** An interpreter or trusted person at the interview. */
    INTERVIEW_INTERPRETER,
    /** Help with the online application. */
    APPLICATION_HELP,
    /** Short prayer breaks. */
    PRAYER_BREAKS,
    /** Absence at short notice, for care or health. */
    FLEXIBLE_ABSENCE,
    /** Transport to work arranged by the employer. */
    TRANSPORT_ARRANGEMENT
}
