package org.threegaps.matcher.model;

import org.threegaps.matcher.geo.Gazetteer;
import org.threegaps.matcher.model.GeoPoint;

/**
 * Where someone lives or a job is done: coordinates, a Flemish postcode, or both. A postcode alone is
 * resolved through the embedded {@link Gazetteer}; coordinates win when both are given.
 *
 * @param latitude  WGS84 degrees, or null when only a postcode is known
 * @param longitude WGS84 degrees, or null when only a postcode is known
 * @param postcode  a four-digit Belgian postcode, or null
 */
public record Location(Double latitude, Double longitude, String postcode) {
    /**
     * @param latitude  WGS84 degrees, or null when only a postcode is known
     * @param longitude WGS84 degrees, or null when only a postcode is known
     * @param postcode  a four-digit Belgian postcode, or null
     * @throws IllegalArgumentException naming the field, the value and the rule, when a field is out of range,
     *                                  missing or inconsistent
     */
    public Location {
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("location needs both latitude and longitude, or neither");
        }
        if (latitude != null) {
            new GeoPoint(latitude, longitude); // validates the ranges
        }
        if (postcode != null) {
            if (!postcode.matches("\\d{4}")) {
                throw new IllegalArgumentException("location.postcode must be four digits, was \"" + postcode + "\"");
            }
            if (latitude == null && Gazetteer.find(postcode).isEmpty()) {
                throw new IllegalArgumentException("location.postcode " + postcode
                        + " is not in the gazetteer (Limburg and the larger Flemish cities); give latitude and longitude instead");
            }
        }
        if (latitude == null && postcode == null) {
            throw new IllegalArgumentException("location needs latitude and longitude, or a postcode");
        }
    }

    /**
     * @param latitude  WGS84 degrees
     * @param longitude WGS84 degrees
     * @return a location given by coordinates
     * @throws IllegalArgumentException when a coordinate is out of range
     */
    public static Location at(double latitude, double longitude) {
        return new Location(latitude, longitude, null);
    }

    /**
     * @param postcode a four-digit Flemish postcode the gazetteer knows
     * @return a location given by postcode, resolved through the gazetteer
     * @throws IllegalArgumentException when the postcode is not four digits or not in the gazetteer
     */
    public static Location postcode(String postcode) {
        return new Location(null, null, postcode);
    }

    /** @return the coordinates, from the record or the gazetteer */
    public GeoPoint point() {
        if (latitude != null) {
            return new GeoPoint(latitude, longitude);
        }
        return Gazetteer.find(postcode).orElseThrow().point();
    }
}
