package org.threegaps.matcher.model;

/** Digital skills as a case worker would assess them. */
public enum DigitalSkill { NONE, BASIC, INDEPENDENT }
