package org.threegaps.matcher.model;

/** The job's dress code, seen from the workplace needs a candidate may declare. */
public enum DressCode {
    /** No dress code. */
    FREE,
    /** A uniform that has variants for declared needs, such as headwear. */
    INCLUSIVE_UNIFORM,
    /** A uniform without variants. */
    STRICT_UNIFORM
}
