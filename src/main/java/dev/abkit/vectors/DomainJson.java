package dev.abkit.vectors;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.abkit.catalog.RuleId;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.EncodedReceipt;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.ValidationCodeHash;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON (and YAML) form of the kit's domain values, shared by vectors, the process protocol and reports:
 * snake_case field names, identifiers as plain strings or numbers, and sealed types tagged with a {@code type}
 * field whose value is the snake_case name of the record ({@code IntroduceSeconded} is {@code introduce_seconded}).
 */
public final class DomainJson {
    private static final ClassValue<String> TYPE_NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return snake(type.getSimpleName());
        }
    };
    private static final ObjectMapper MAPPER = build();

    private DomainJson() {
    }

    /** The shared mapper; it is configured once and safe to use from several threads. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Converts a domain value to its JSON tree. Two fields are left out where they hold their default, so that a case
     * or a message that does not use them reads as before they existed: a candidate's {@code scheduling_parent} equal
     * to its {@code relay_parent}, and {@code max_relay_parent_session_age} 0 (see {@link OptionalFields}).
     */
    public static JsonNode toTree(Object value) {
        JsonNode tree = MAPPER.valueToTree(value);
        OptionalFields.omitDefaults(tree);
        return tree;
    }

    /**
     * Reads a domain value from a JSON tree; a mismatch fails with a {@link DecodingException} that names the field.
     */
    public static <T> T fromTree(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(OptionalFields.withDefaults(node), type);
        } catch (JsonMappingException e) {
            throw new DecodingException(rootMessage(e), fieldPath(e));
        } catch (IOException | IllegalArgumentException e) {
            throw new DecodingException(rootMessage(e), "");
        }
    }

    /** The path of the field a mapping error is about, {@code steps[2].candidate.para}; empty at the root. */
    public static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A JSON value that is not the domain value expected; {@link #field()} is the path inside the value. */
    public static final class DecodingException extends IllegalArgumentException {
        private final String field;

        DecodingException(String message, String field) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The name under which a sealed type's record appears in {@code type} fields. */
    public static String typeName(Class<?> type) {
        return TYPE_NAMES.get(type);
    }

    private static String rootMessage(Throwable e) {
        return describe(e);
    }

    /**
     * A message for a user about a JSON value that does not decode, in the protocol's words: "expected a whole
     * number but was "x"", "missing field 'para'", "unknown field 'foo'". Jackson's own wording (Java types, its
     * feature names, reference chains) never reaches a user.
     */
    public static String describe(Throwable e) {
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return "unknown field '" + u.getPropertyName() + "'" + (known.isEmpty() ? "" : " (expected one of "
                    + known + ")");
        }
        if (e instanceof InvalidTypeIdException t) {
            return "unknown type '" + t.getTypeId() + "'";
        }
        if (e instanceof MismatchedInputException m) {
            String original = m.getOriginalMessage() == null ? "" : m.getOriginalMessage();
            Matcher missing = Pattern.compile("creator property '([^']*)'").matcher(original);
            if (original.startsWith("Missing") && missing.find()) {
                return "missing field '" + missing.group(1) + "'";
            }
            if (original.startsWith("Missing type id")) {
                return "missing field 'type'";
            }
            if (original.contains("Null value for creator property") || original.contains("null value for")) {
                return "null where a value is required";
            }
            if (m.getTargetType() != null) {
                return "expected " + kind(m.getTargetType()) + found(original);
            }
        }
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && !(t instanceof JsonMappingException)) {
            t = t.getCause();
        }
        if (t instanceof JsonMappingException j && j.getCause() != null && !(j.getCause() instanceof IOException)) {
            t = j.getCause();
        }
        String message = t instanceof JsonProcessingException p
                ? p.getOriginalMessage() : t.getMessage();
        return plain(message == null ? "not readable" : message);
    }

    /** Cuts Jackson's position and reference-chain suffixes and its Java type names from a message. */
    private static String plain(String message) {
        String first = message.lines().findFirst().orElse("");
        for (String cut : List.of(" at [Source", " (through reference chain", "; nested exception", " (set Deseriali",
                " (enable DeserializationFeature", " (disable DeserializationFeature")) {
            int at = first.indexOf(cut);
            if (at >= 0) {
                first = first.substring(0, at);
            }
        }
        return first.replaceAll("`([a-z0-9_]+\\.)+([A-Za-z0-9_$]+)`", "$2").replace("`", "")
                .replaceAll("(?<![A-Za-z])([a-z0-9_]+\\.)+([A-Z][A-Za-z0-9_]*)\\$([A-Z][A-Za-z0-9_]*)", "$3");
    }

    private static String kind(Class<?> type) {
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class
                || type == short.class || type == byte.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a mapping";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> snake(c.toString()))
                    .toList();
        }
        return "an object (" + snake(type.getSimpleName()) + ")";
    }

    private static String found(String original) {
        Matcher m = Pattern.compile("from ([A-Za-z ]+?) (?:value )?(\\(?[^)]*\\)?|"
                + "\"[^\"]*\")").matcher(original);
        if (original.contains("from Array value")) {
            return " but was a list";
        }
        if (original.contains("from Object value")) {
            return " but was a mapping";
        }
        if (m.find()) {
            return " but was " + m.group(2).replaceAll("^\\(token `JsonToken\\.|`\\)$", "")
                    .replace("VALUE_", "").toLowerCase(Locale.ROOT);
        }
        return "";
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static ObjectMapper build() {
        SimpleModule module = new SimpleModule("abkit-domain");
        // Identifiers are written and read token by token, never through a tree: they are most of every message.
        wrapper(module, ParaId.class, Shape.INT, ParaId::value, n -> new ParaId(intValue(n)));
        wrapper(module, RelayBlockNumber.class, Shape.LONG, RelayBlockNumber::value,
                n -> new RelayBlockNumber(longValue(n)));
        wrapper(module, Hash32.class, Shape.TEXT, Hash32::hex, n -> new Hash32(text(n)));
        wrapper(module, CandidateHash.class, Shape.TEXT, h -> h.hash().hex(), n -> CandidateHash.of(text(n)));
        wrapper(module, RelayHash.class, Shape.TEXT, h -> h.hash().hex(), n -> RelayHash.of(text(n)));
        wrapper(module, HeadData.class, Shape.TEXT, HeadData::hex, n -> new HeadData(text(n)));
        wrapper(module, ValidationCodeHash.class, Shape.TEXT, h -> h.hash().hex(),
                n -> new ValidationCodeHash(Hash32.of(text(n))));
        wrapper(module, RuleId.class, Shape.TEXT, RuleId::value, n -> RuleId.of(text(n)));
        wrapper(module, EncodedReceipt.class, Shape.TEXT, EncodedReceipt::hex, n -> new EncodedReceipt(text(n)));
        module.addKeyDeserializer(ParaId.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
                try {
                    return new ParaId(Integer.parseInt(key));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a para id but was '" + key + "'");
                }
            }
        });
        module.addKeySerializer(ParaId.class, new JsonSerializer<>() {
            @Override
            public void serialize(ParaId value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeFieldName(Integer.toString(value.value()));
            }
        });
        // A candidate hash as a map key (the unconnected candidates of a fragment chain) is its full hex form.
        module.addKeyDeserializer(CandidateHash.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
                return CandidateHash.of(key);
            }
        });
        module.addKeySerializer(CandidateHash.class, new JsonSerializer<>() {
            @Override
            public void serialize(CandidateHash value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                gen.writeFieldName(value.hash().hex());
            }
        });
        JsonMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .addModule(module)
                .build();
        for (Class<?> sealed : SealedTypes.ALL) {
            registerSealed(mapper, sealed);
        }
        return mapper;
    }

    /** Tags every record permitted by {@code sealed} with its snake_case name in a {@code type} field. */
    private static void registerSealed(JsonMapper mapper, Class<?> sealed) {
        if (!sealed.isSealed()) {
            throw new IllegalStateException(sealed + " is not sealed");
        }
        mapper.addMixIn(sealed, TypeTagged.class);
        for (Class<?> sub : sealed.getPermittedSubclasses()) {
            if (sub.isSealed()) {
                registerSealed(mapper, sub);
            } else {
                mapper.registerSubtypes(new NamedType(sub, typeName(sub)));
            }
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    private interface TypeTagged {
    }

    /** The JSON value a wrapped identifier is: a string, a 32-bit or a 64-bit whole number. */
    private enum Shape {
        TEXT, INT, LONG
    }

    /**
     * A wrapped identifier written as its plain value and read from it. The usual token (a string, a whole number in
     * range) is read directly; anything else is read as a tree and goes through {@code wrap}, whose checks word the
     * error.
     */
    private static <T> void wrapper(SimpleModule module, Class<T> type, Shape shape, Function<T, Object> unwrap,
            Function<JsonNode, T> wrap) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                Object plain = unwrap.apply(value);
                switch (shape) {
                    case TEXT -> gen.writeString((String) plain);
                    case INT -> gen.writeNumber((Integer) plain);
                    case LONG -> gen.writeNumber((Long) plain);
                }
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonToken token = p.currentToken();
                if (shape == Shape.TEXT && token == JsonToken.VALUE_STRING) {
                    return wrap.apply(TextNode.valueOf(p.getText()));
                }
                if (shape != Shape.TEXT && token == JsonToken.VALUE_NUMBER_INT) {
                    JsonParser.NumberType number = p.getNumberType();
                    if (number == JsonParser.NumberType.INT) {
                        return wrap.apply(IntNode.valueOf(p.getIntValue()));
                    }
                    if (shape == Shape.LONG && number == JsonParser.NumberType.LONG) {
                        return wrap.apply(LongNode.valueOf(p.getLongValue()));
                    }
                }
                JsonNode node = p.readValueAsTree();
                return wrap.apply(node);
            }
        });
    }

    private static String text(JsonNode node) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException("expected a string but was " + node);
        }
        return node.asText();
    }

    private static long longValue(JsonNode node) {
        if (!node.isIntegralNumber()) {
            throw new IllegalArgumentException("expected a whole number but was " + node);
        }
        return node.asLong();
    }

    private static int intValue(JsonNode node) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new IllegalArgumentException("expected a whole number (32 bits) but was " + node);
        }
        return node.asInt();
    }
}
