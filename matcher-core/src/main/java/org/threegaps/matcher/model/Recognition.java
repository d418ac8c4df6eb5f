package org.threegaps.matcher.model;

/** Recognition status of a diploma or certificate (NARIC; seed 004 L999–1027). */
public enum Recognition { RECOGNISED, PENDING, REFUSED, NOT_REQUESTED;

    /** @return true when the qualification can be used for a legally regulated task today */
    public boolean usable() {
        return this == RECOGNISED;
    }
}
