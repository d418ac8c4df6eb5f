package org.threegaps.matcher.model;

/** Ways a candidate can travel to work. */
public enum TransportMode {
    /** On foot. */
    WALK,
    /** By bike. */
    BIKE,
    /** By bus, tram or train. */
    PUBLIC_TRANSPORT,
    /** By car; needs a car and a driving licence. */
    CAR
}
