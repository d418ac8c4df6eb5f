package org.threegaps.matcher.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validation helpers: every message names the field, shows the value and states the rule. */
final class Checks {
    private Checks() {
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required and must not be blank");
        }
        return value.strip();
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    static Integer range(String field, Integer value, int min, int max) {
        return value == null ? null : range(field, value.intValue(), min, max);
    }

    static <T> List<T> list(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(field + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(values);
    }

    /** Copies into an immutable set whose iteration order is stable (enum order or sorted). */
    static <T extends Comparable<T>> Set<T> set(String field, Collection<T> values) {
        if (values == null) {
            return Set.of();
        }
        for (T value : values) { // Set.of().contains(null) would throw, so look at each
            if (value == null) {
                throw new IllegalArgumentException(field + " must not contain null");
            }
        }
        return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(values));
    }

    static String languageCode(String field, String code) {
        if (code == null || !code.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException(field + " must be an ISO 639 language code such as \"nl\" or \"ar\", was "
                    + (code == null ? "null" : "\"" + code + "\""));
        }
        return code;
    }

    static Set<String> languageCodes(String field, Collection<String> codes) {
        Set<String> checked = set(field, codes);
        checked.forEach(code -> languageCode(field, code));
        return checked;
    }

    static <V> Map<String, V> languageMap(String field, Map<String, V> values) {
        if (values == null) {
            return Map.of();
        }
        java.util.TreeMap<String, V> sorted = new java.util.TreeMap<>();
        values.forEach((code, value) -> {
            languageCode(field + " key", code);
            sorted.put(code, required(field + "." + code, value));
        });
        return java.util.Collections.unmodifiableSortedMap(sorted);
    }

    static void unique(String field, List<String> ids) {
        Set<String> seen = new java.util.HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(field + " must be unique, \"" + id + "\" appears twice");
            }
        }
    }
}
