package org.threegaps.matcher.model;

/** Ways a candidate can travel to work. */
public enum TransportMode { WALK, BIKE, PUBLIC_TRANSPORT, CAR }
