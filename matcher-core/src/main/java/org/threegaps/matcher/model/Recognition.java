package org.threegaps.matcher.model;

/** Recognition status of a diploma or certificate (NARIC; seed 004 L999–1027). */
public enum Recognition {
    /** Recognised as equivalent in Belgium. */
    RECOGNISED,
    /** Recognition applied for, no decision yet. */
    PENDING,
    /** Recognition refused. */
    REFUSED,
    /** Recognition not applied for. */
    NOT_REQUESTED;

    /** @return true when the qualification can be used for a legally regulated task today */
    public boolean usable() {
        return this == RECOGNISED;
    }
}
