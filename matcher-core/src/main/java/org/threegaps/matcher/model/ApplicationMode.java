package org.threegaps.matcher.model;

/** How one applies for the job (seed 004 L2486–2518). */
public enum ApplicationMode {
    /** Only through an online form or e-mail. */
    ONLINE_ONLY,
    /** Online, with help from the employer for those who need it. */
    ONLINE_WITH_SUPPORT,
    /** On the spot, in person. */
    IN_PERSON,
    /** Through the candidate's job coach. */
    VIA_COACH
}
