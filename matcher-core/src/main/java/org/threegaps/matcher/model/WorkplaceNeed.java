package org.threegaps.matcher.model;

/** Declared workplace needs. The need is stored, never the belief behind it (seed 004 X-03). */
public enum WorkplaceNeed { HEADWEAR, PRAYER_BREAKS, SEPARATE_CHANGING_ROOM }
