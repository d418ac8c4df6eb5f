package org.threegaps.matcher.model;

import org.threegaps.matcher.geo.Gazetteer;
import org.threegaps.matcher.geo.GeoPoint;

/**
 * Where someone lives or a job is done: coordinates, a Flemish postcode, or both. A postcode alone is
 * resolved through the embedded {@link Gazetteer}; coordinates win when both are given.
 *
 * @param latitude  WGS84 degrees, or null when only a postcode is known
 * @param longitude WGS84 degrees, or null when only a postcode is known
 * @param postcode  a four-digit Belgian postcode, or null
 */
public record Location(Double latitude, Double longitude, String postcode) {
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

    /** @return a location given by coordinates */
    public static Location at(double latitude, double longitude) {
        return new Location(latitude, longitude, null);
    }

    /** @return a location given by postcode, resolved through the gazetteer */
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
