package org.threegaps.matcher.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Finding.Argument;

/**
 * Reads findings kept before arguments were typed, so an older audit file still replays. Such a finding held
 * its arguments as text with markers ({@code "#MONDAY"} a value, {@code "#candidate.home"} an input field,
 * {@code "@ar"} a language) and, later, the positions of its codes in {@code codeArgs}; it is read as the
 * typed arguments the rules report today: a marked value by its marker, a code by its position, digits as a
 * number and anything else as text. A finding kept in today's form is read as it is.
 */
final class KeptFindings extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private KeptFindings(JsonDeserializer<?> typed) {
        super(typed);
    }

    /** @return a module that reads findings this way */
    static SimpleModule module() {
        return new SimpleModule("kept-findings").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == Finding.class ? new KeptFindings(deserializer) : deserializer;
            }
        });
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new KeptFindings(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        if (node instanceof ObjectNode finding && (finding.has("codeArgs") || hasText(finding.get("args")))) {
            typed(finding);
        }
        try (JsonParser tree = p.getCodec().treeAsTokens(node)) {
            tree.nextToken();
            return _delegatee.deserialize(tree, ctxt);
        }
    }

    private static boolean hasText(JsonNode args) {
        if (args instanceof ArrayNode array) {
            for (JsonNode arg : array) {
                if (arg.isTextual()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Rewrites a finding kept with text arguments into today's form, in place. */
    private static void typed(ObjectNode finding) {
        Set<Integer> codes = new HashSet<>();
        JsonNode positions = finding.remove("codeArgs");
        if (positions != null) {
            positions.forEach(position -> codes.add(position.asInt()));
        }
        if (!(finding.get("args") instanceof ArrayNode args)) {
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).isTextual()) {
                Argument arg = codes.contains(i) ? Argument.code(args.get(i).asText()) : typed(args.get(i).asText());
                args.set(i, finding.objectNode().put("type", arg.type().name()).put("value", arg.value()));
            }
        }
    }

    private static Argument typed(String text) {
        if (text.startsWith("@") && LANGUAGE.matcher(text.substring(1)).matches()) {
            return Argument.language(text.substring(1));
        }
        if (text.startsWith("#") && text.length() > 1) {
            String name = text.substring(1);
            // "#en": the language of the instructions, as it was once marked
            return LANGUAGE.matcher(name).matches() ? Argument.language(name)
                    : name.contains(".") ? Argument.field(name) : Argument.value(name);
        }
        return NUMBER.matcher(text).matches() ? Argument.number(text) : Argument.text(text);
    }
}
