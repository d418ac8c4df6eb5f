package org.threegaps.matcher.testkit.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.threegaps.matcher.json.Json;

/**
 * Breaks valid JSON documents in the ways real input breaks: a value of the wrong type, a null, a huge or
 * negative number, an unknown enum value or field, a missing field, deep nesting, cut-off text, stray
 * characters. Each mutation picks one place in the document with the {@link Random} passed in, so a seed
 * reproduces it.
 */
public final class JsonMutations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DEEP_MARKER = "@@deep-nesting@@";

    /** The kinds of damage, one per mutated document. */
    public enum Kind {
        /** A value of another JSON type: text for a number, a number for text. */
        WRONG_TYPE,
        /** null where a value was. */
        NULL_VALUE,
        /** A number far beyond any range. */
        HUGE_NUMBER,
        /** A negative number where counts and minutes are. */
        NEGATIVE_NUMBER,
        /** A value that is not one of the enum's. */
        UNKNOWN_ENUM,
        /** A field the model does not have. */
        UNKNOWN_FIELD,
        /** A field left out. */
        MISSING_FIELD,
        /** Arrays nested hundreds of levels deep. */
        DEEP_NESTING,
        /** The text cut off. */
        TRUNCATED,
        /** A stray character spliced into the text. */
        STRAY_CHARACTERS,
        /** An empty object or array where a value was. */
        EMPTY_CONTAINER,
        /** An array element given twice. */
        DUPLICATE_ELEMENT
    }

    // a copy of Json's mapper, kept: copying costs, and Json.mapper() hands out a new one per call
    private static final com.fasterxml.jackson.databind.ObjectMapper TREES = Json.mapper();

    private JsonMutations() {
    }

    /** A broken document and how it was broken. */
    public record Mutant(Kind kind, String where, String text) {
    }

    /**
     * @param r the source of randomness; the same seed gives the same output
     * @param valid any model object, such as a candidate or a job
     * @return {@code valid} (any model object) as JSON, broken once
     */
    public static Mutant mutate(Random r, Object valid) {
        JsonNode tree = TREES.valueToTree(valid);
        Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
        if (kind == Kind.TRUNCATED || kind == Kind.STRAY_CHARACTERS) {
            String text = tree.toString();
            int at = r.nextInt(text.length());
            String broken = kind == Kind.TRUNCATED ? text.substring(0, at)
                    : text.substring(0, at) + List.of("}", "]", ",", ":", "\"", "\\", "\u0000", "tru", "NaN").get(r.nextInt(9))
                    + text.substring(at);
            return new Mutant(kind, "character " + at, broken);
        }
        List<Slot> slots = new ArrayList<>();
        collect(tree, "$", slots);
        Slot slot = slots.get(r.nextInt(slots.size()));
        JsonNode replacement = switch (kind) {
            case WRONG_TYPE -> wrongType(r, slot.value());
            case NULL_VALUE -> NODES.nullNode();
            case HUGE_NUMBER -> r.nextBoolean() ? NODES.numberNode(new java.math.BigInteger("9".repeat(40)))
                    : NODES.numberNode(r.nextBoolean() ? Double.MAX_VALUE : 1e300);
            case NEGATIVE_NUMBER -> NODES.numberNode(r.nextBoolean() ? -1 : Integer.MIN_VALUE - 1L);
            case UNKNOWN_ENUM -> NODES.textNode(r.nextBoolean() ? "NOT_A_VALUE" : slot.value().asText().toLowerCase());
            case DEEP_NESTING -> NODES.textNode(DEEP_MARKER); // spliced in as text: Jackson will not write it
            case EMPTY_CONTAINER -> r.nextBoolean() ? NODES.objectNode() : NODES.arrayNode();
            default -> null;
        };
        if (kind == Kind.UNKNOWN_FIELD || kind == Kind.MISSING_FIELD || kind == Kind.DUPLICATE_ELEMENT) {
            ObjectNode parent = slot.parent() instanceof ObjectNode o ? o : null;
            if (kind == Kind.UNKNOWN_FIELD && parent != null) {
                parent.put("age", 55);
            } else if (kind == Kind.MISSING_FIELD && parent != null) {
                parent.remove(slot.name());
            } else if (slot.parent() instanceof ArrayNode array) {
                array.add(array.get(0).deepCopy());
            } else if (parent != null) {
                parent.set(slot.name(), NODES.arrayNode().add(slot.value()).add(slot.value()));
            }
        } else {
            slot.replace(replacement);
        }
        String text = tree.toString();
        if (kind == Kind.DEEP_NESTING) {
            int depth = 500 + r.nextInt(2000);
            text = text.replace("\"" + DEEP_MARKER + "\"", "[".repeat(depth) + "1" + "]".repeat(depth));
        }
        return new Mutant(kind, slot.path(), text);
    }

    private static JsonNode wrongType(Random r, JsonNode value) {
        if (value.isTextual()) {
            return r.nextBoolean() ? NODES.numberNode(42) : NODES.arrayNode().add("x");
        }
        if (value.isNumber()) {
            return r.nextBoolean() ? NODES.textNode("forty-two") : NODES.booleanNode(true);
        }
        if (value.isBoolean()) {
            return r.nextBoolean() ? NODES.textNode("maybe") : NODES.numberNode(2);
        }
        if (value.isArray()) {
            return r.nextBoolean() ? NODES.textNode("[]") : NODES.objectNode().put("a", 1);
        }
        return r.nextBoolean() ? NODES.numberNode(7) : NODES.arrayNode().add(1);
    }

    /** A place in the tree: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String name, int index, JsonNode value, String path) {
        void replace(JsonNode replacement) {
            if (parent instanceof ObjectNode o) {
                o.set(name, replacement);
            } else {
                ((ArrayNode) parent).set(index, replacement);
            }
        }
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path + "." + e.getKey();
                slots.add(new Slot(o, e.getKey(), -1, e.getValue(), p));
                collect(e.getValue(), p, slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                String p = path + "[" + i + "]";
                slots.add(new Slot(a, null, i, a.get(i), p));
                collect(a.get(i), p, slots);
            }
        }
    }
}
