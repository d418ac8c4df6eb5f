package org.threegaps.matcher.model;

/** How a competence level is known; volunteering and trial days count (seed 004 L970–975, L2013–2016). */
public enum Evidence { CERTIFICATE, WORK_EXPERIENCE, VOLUNTEERING, TRIAL_OR_TEST, COACH_ASSESSED, SELF_REPORTED }
