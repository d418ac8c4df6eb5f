package org.threegaps.matcher.model;

/** Digital skills as a case worker would assess them. */
public enum DigitalSkill {
    /** Cannot use a computer or smartphone for forms or e-mail. */
    NONE,
    /** Can use a smartphone and simple forms, with help now and then. */
    BASIC,
    /** Applies online and uses work software without help. */
    INDEPENDENT
}
