package org.threegaps.matcher.model;

/** Contract types; a candidate's documents may allow only some of them (seed 004 L1494–1496). */
public enum ContractType {
    /** Temporary agency work. */
    INTERIM,
    /** A contract for a fixed term. */
    FIXED_TERM,
    /** A contract of indefinite duration. */
    PERMANENT
}
