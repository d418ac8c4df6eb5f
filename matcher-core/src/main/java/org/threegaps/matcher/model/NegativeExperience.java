package org.threegaps.matcher.model;

/** Bad experiences with earlier entry routes that make a candidate wary (seed 004 L1186–1214). */
public enum NegativeExperience { UNPAID_TRIAL, REPEATED_TEMP_JOBS, INTERIM_PAY_OR_HOURS_ERRORS, BULLYING }
