package org.threegaps.matcher.model;

/** The job's dress code, seen from the workplace needs a candidate may declare. */
public enum DressCode { FREE, INCLUSIVE_UNIFORM, STRICT_UNIFORM }
