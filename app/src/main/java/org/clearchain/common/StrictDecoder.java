package org.clearchain.common;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Micronaut Serde's decoder, holding each scalar to its declared type and each text to {@link TextRules}. On its own
 * Serde turns {@code 1.5} into the id 1, {@code 12} into the name "12", {@code "yes"} into false and {@code 12345}
 * into a date in 1970. Only request bodies are read through it (see {@link RequestBodies}): JSON the application
 * stored itself, or a feed brought, is read as before.
 */
final class StrictDecoder implements Decoder {

    private final Decoder delegate;

    StrictDecoder(Decoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public Decoder decodeArray(Argument<?> type) throws IOException {
        return new StrictDecoder(delegate.decodeArray(type));
    }

    @Override
    public Decoder decodeArray() throws IOException {
        return new StrictDecoder(delegate.decodeArray());
    }

    @Override
    public boolean hasNextArrayValue() throws IOException {
        return delegate.hasNextArrayValue();
    }

    @Override
    public Decoder decodeObject(Argument<?> type) throws IOException {
        return new StrictDecoder(delegate.decodeObject(type));
    }

    @Override
    public Decoder decodeObject() throws IOException {
        return new StrictDecoder(delegate.decodeObject());
    }

    @Override
    public String decodeKey() throws IOException {
        return delegate.decodeKey();
    }

    @Override
    public String decodeString() throws IOException {
        Object value = delegate.decodeArbitrary();
        if (!(value instanceof String text)) {
            throw new RefusedValue("must be text in double quotes, not " + kind(value));
        }
        String refusal = TextRules.refusal(text).orElse(null);
        if (refusal != null) {
            throw new RefusedValue(refusal);
        }
        return text;
    }

    @Override
    public String decodeStringNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeString();
    }

    @Override
    public boolean decodeBoolean() throws IOException {
        Object value = delegate.decodeArbitrary();
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw new RefusedValue("must be true or false, not " + kind(value));
    }

    @Override
    public Boolean decodeBooleanNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeBoolean();
    }

    @Override
    public byte decodeByte() throws IOException {
        return (byte) whole(Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    @Override
    public Byte decodeByteNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeByte();
    }

    @Override
    public short decodeShort() throws IOException {
        return (short) whole(Short.MIN_VALUE, Short.MAX_VALUE);
    }

    @Override
    public Short decodeShortNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeShort();
    }

    @Override
    public char decodeChar() throws IOException {
        String text = decodeString();
        if (text.length() != 1) {
            throw new RefusedValue("must be a single character");
        }
        return text.charAt(0);
    }

    @Override
    public Character decodeCharNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeChar();
    }

    @Override
    public int decodeInt() throws IOException {
        return (int) whole(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public Integer decodeIntNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeInt();
    }

    @Override
    public long decodeLong() throws IOException {
        return whole(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public Long decodeLongNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeLong();
    }

    @Override
    public float decodeFloat() throws IOException {
        return decodeBigDecimal().floatValue();
    }

    @Override
    public Float decodeFloatNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeFloat();
    }

    @Override
    public double decodeDouble() throws IOException {
        return decodeBigDecimal().doubleValue();
    }

    @Override
    public Double decodeDoubleNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeDouble();
    }

    @Override
    public BigInteger decodeBigInteger() throws IOException {
        Object value = delegate.decodeArbitrary();
        if (value instanceof BigInteger big) {
            return big;
        }
        return BigInteger.valueOf(whole(value, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    @Override
    public BigInteger decodeBigIntegerNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeBigInteger();
    }

    @Override
    public BigDecimal decodeBigDecimal() throws IOException {
        Object value = delegate.decodeArbitrary();
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isInfinite(number) || Double.isNaN(number)) {
                throw new RefusedValue("must be a number within range");
            }
            return BigDecimal.valueOf(number);
        }
        if (value instanceof Number number) {
            return BigDecimal.valueOf(number.longValue());
        }
        throw new RefusedValue("must be a number, not " + kind(value));
    }

    @Override
    public BigDecimal decodeBigDecimalNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeBigDecimal();
    }

    @Override
    public byte[] decodeBinary() throws IOException {
        return delegate.decodeBinary();
    }

    @Override
    public byte[] decodeBinaryNullable() throws IOException {
        return delegate.decodeBinaryNullable();
    }

    @Override
    public boolean decodeNull() throws IOException {
        return delegate.decodeNull();
    }

    @Override
    public Object decodeArbitrary() throws IOException {
        Object value = delegate.decodeArbitrary();
        checkText(value, "");
        return value;
    }

    @Override
    public JsonNode decodeNode() throws IOException {
        JsonNode node = delegate.decodeNode();
        checkTree(node, "");
        return node;
    }

    @Override
    public Decoder decodeBuffer() throws IOException {
        return new StrictDecoder(delegate.decodeBuffer());
    }

    @Override
    public void skipValue() throws IOException {
        delegate.skipValue();
    }

    @Override
    public void finishStructure() throws IOException {
        delegate.finishStructure();
    }

    @Override
    public void finishStructure(boolean consumeLeftElements) throws IOException {
        delegate.finishStructure(consumeLeftElements);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    @Override
    public IOException createDeserializationException(String message, Object invalidValue) {
        return delegate.createDeserializationException(message, invalidValue);
    }

    private long whole(long min, long max) throws IOException {
        return whole(delegate.decodeArbitrary(), min, max);
    }

    private static long whole(Object value, long min, long max) throws RefusedValue {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long number = ((Number) value).longValue();
            if (number >= min && number <= max) {
                return number;
            }
        }
        if (value instanceof Number && !(value instanceof BigInteger) && !(value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte)) {
            throw new RefusedValue("must be a whole number, without a fraction or exponent");
        }
        if (value instanceof Number) {
            throw new RefusedValue("must be a whole number between " + min + " and " + max);
        }
        throw new RefusedValue("must be a whole number, not " + kind(value));
    }

    /** Free-form JSON (questionnaire answers) may take any shape, but its text follows the same rules as every field. */
    private static void checkTree(JsonNode node, String path) throws RefusedValue {
        if (node.isString()) {
            refuseText(node.getStringValue(), path);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkTree(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                String child = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                refuseText(entry.getKey(), child);
                checkTree(entry.getValue(), child);
            }
        }
    }

    private static void checkText(Object value, String path) throws RefusedValue {
        if (value instanceof String text) {
            refuseText(text, path);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkText(list.get(i), path + "[" + i + "]");
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String child = path.isEmpty() ? String.valueOf(entry.getKey()) : path + "." + entry.getKey();
                checkText(entry.getKey(), child);
                checkText(entry.getValue(), child);
            }
        }
    }

    private static void refuseText(String text, String path) throws RefusedValue {
        String refusal = TextRules.refusal(text).orElse(null);
        if (refusal != null) {
            throw new RefusedValue(path, refusal);
        }
    }

    private static String kind(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "true or false";
        }
        return value instanceof List ? "a list" : "an object";
    }
}
