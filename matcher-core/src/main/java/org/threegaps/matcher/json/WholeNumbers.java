package org.threegaps.matcher.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Whole numbers as JSON Schema reads them: {@code 45} and {@code 45.0} are 45, while {@code 45.7} is an
 * error. Jackson on its own would cut 45.7 to 45 without a word, or refuse 45.0.
 */
final class WholeNumbers extends StdScalarDeserializer<Integer> {
    private static final long serialVersionUID = 1L;

    private final boolean primitive;

    private WholeNumbers(Class<Integer> type) {
        super(type);
        this.primitive = type.isPrimitive();
    }

    /** @return a module that reads {@code int} and {@code Integer} fields this way */
    static SimpleModule module() {
        return new SimpleModule("whole-numbers")
                .addDeserializer(Integer.class, new WholeNumbers(Integer.class))
                .addDeserializer(int.class, new WholeNumbers(int.class));
    }

    /** A left-out {@code int} is 0, as the builders have it; a left-out {@code Integer} is unknown. */
    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return primitive ? 0 : null;
    }

    /** {@code null} for an {@code Integer} is unknown; an {@code int} cannot be unknown, so null is refused. */
    @Override
    public Integer getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        if (primitive) {
            // worded as Jackson words a refused coercion, so Json.located says "was null"
            return (Integer) ctxt.reportInputMismatch(this, "Cannot coerce Null value (null) to `int`");
        }
        return null;
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
            return p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue()
                    : (Integer) ctxt.handleWeirdNumberValue(Integer.class, p.getNumberValue(), "too large");
        }
        if (p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            double value = p.getDoubleValue();
            if (value == Math.rint(value) && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
                return (int) value;
            }
            return (Integer) ctxt.handleWeirdNumberValue(Integer.class, p.getNumberValue(), "not a whole number");
        }
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            return (Integer) ctxt.handleWeirdStringValue(Integer.class, p.getText(), "a number in quotes is text");
        }
        return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
    }
}
