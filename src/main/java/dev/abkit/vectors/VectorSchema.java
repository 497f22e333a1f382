package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Hash32;
import dev.abkit.model.EncodedReceipt;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.collator.BlockName;
import dev.abkit.reference.constraints.ValidationCodeHash;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON Schema (draft 2020-12) of a vector file, generated from the very record types the drivers decode, so that
 * it cannot drift from what the kit reads: one definition per record, a {@code oneOf} tagged by {@code type} per
 * sealed family, and per subject the case shape with its parameters, events and queries. The committed
 * {@code vectors/schema.json} must equal {@link #generate()}; a test checks it and validates every vector against it.
 */
public final class VectorSchema {
    /** The file name of the schema under {@code vectors/}. */
    public static final String FILE = "schema.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HASH = "^0x[0-9a-f]{64}$";

    private final ObjectNode definitions = NODES.objectNode();
    private final Map<String, Class<?>> named = new TreeMap<>();

    private VectorSchema() {
    }

    /** The schema document. */
    public static ObjectNode generate() {
        return new VectorSchema().document();
    }

    /** The schema as the text committed under {@code vectors/}. */
    public static String text() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(generate()) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the vector schema", e);
        }
    }

    private ObjectNode document() {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "abkit-vector.schema.json");
        root.put("title", "Asynchronous backing conformance vector");
        root.put("description", "One case of one subject: parameters, then events with their expected outcome and "
                + "checks of observable state. Field names are snake_case; sealed families carry a 'type' tag.");
        ArrayNode cases = root.putArray("oneOf");
        for (Subject subject : Subject.values()) {
            SubjectDriver<?, ?, ?, ?> driver = Drivers.forSubject(subject).orElse(null);
            if (driver == null) {
                continue;
            }
            cases.addObject().put("$ref", "#/$defs/" + caseName(subject));
            definitions.set(caseName(subject), caseSchema(subject, driver));
        }
        definitions.set("expectation", expectation());
        root.set("$defs", definitions);
        return root;
    }

    private static String caseName(Subject subject) {
        return "case_" + subject.key().replace('-', '_');
    }

    private ObjectNode caseSchema(Subject subject, SubjectDriver<?, ?, ?, ?> driver) {
        ObjectNode schema = object();
        ObjectNode properties = (ObjectNode) schema.get("properties");
        properties.set("id", string("^[a-z]+-\\d{3}-[a-z0-9-]+$"));
        properties.putObject("subject").put("const", subject.key());
        ObjectNode rules = properties.putObject("rules");
        rules.put("type", "array");
        rules.put("minItems", 1);
        rules.set("items", string("^AB-[A-Z]+-\\d{3}$"));
        properties.set("profile", string("^(baseline|[a-z0-9-]+(\\+[a-z0-9-]+)*)$"));
        properties.set("description", string(null));
        ObjectNode generator = properties.putObject("generator");
        generator.put("type", "object");
        generator.put("additionalProperties", false);
        ObjectNode genProps = generator.putObject("properties");
        genProps.set("name", string(null));
        genProps.putObject("version").put("type", "integer");
        genProps.putObject("seed").put("type", "integer");
        generator.putArray("required").add("name").add("version").add("seed");
        properties.set("parameters", reference(driver.parametersType()));
        ObjectNode steps = properties.putObject("steps");
        steps.put("type", "array");
        steps.put("minItems", 1);
        ArrayNode kinds = steps.putObject("items").putArray("oneOf");
        ObjectNode event = kinds.addObject();
        event.put("type", "object");
        event.put("additionalProperties", false);
        ObjectNode eventProps = event.putObject("properties");
        eventProps.set("event", reference(driver.eventType()));
        eventProps.putObject("expect").put("$ref", "#/$defs/expectation");
        event.putArray("required").add("event").add("expect");
        for (Class<?> query : driver.queryType().getPermittedSubclasses()) {
            ObjectNode check = kinds.addObject();
            check.put("type", "object");
            check.put("additionalProperties", false);
            ObjectNode checkProps = check.putObject("properties");
            checkProps.set("check", reference(query));
            checkProps.set("expect", answer(answerType(driver, query)));
            check.putArray("required").add("check").add("expect");
        }
        ArrayNode required = schema.putArray("required");
        properties.fieldNames().forEachRemaining(required::add);
        ObjectNode format = NODES.objectNode().put("type", "integer").put("const", VectorCodec.FORMAT);
        format.put("description", "The vector format. Format 2 gives every candidate its SCALE-encoded committed "
                + "receipt and its real candidate hash. The kit also reads format 1 (no 'format' field, no receipts).");
        ObjectNode withFormat = NODES.objectNode();
        withFormat.set("format", format);
        withFormat.setAll(properties);
        schema.set("properties", withFormat);
        required.insert(0, "format");
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static <Q> AnswerType answerType(SubjectDriver<?, ?, Q, ?> driver, Class<?> query) {
        return driver.answerType((Class<? extends Q>) query);
    }

    /** The schema of a query's answer: its type, or null, or one of the strings that stand for it. */
    private JsonNode answer(AnswerType answer) {
        JsonNode value = schemaOf(answer.type());
        if (!answer.nullable() && answer.sentinels().isEmpty()) {
            return value;
        }
        ObjectNode schema = NODES.objectNode();
        ArrayNode oneOf = schema.putArray("oneOf");
        oneOf.add(value);
        if (answer.nullable()) {
            oneOf.addObject().put("type", "null");
        }
        answer.sentinels().forEach(s -> oneOf.addObject().put("const", s));
        return schema;
    }

    private static ObjectNode expectation() {
        ObjectNode schema = NODES.objectNode();
        ArrayNode oneOf = schema.putArray("oneOf");
        ObjectNode accepted = oneOf.addObject();
        accepted.put("type", "object");
        accepted.put("additionalProperties", false);
        accepted.putObject("properties").putObject("outcome").put("const", "accepted");
        accepted.putArray("required").add("outcome");
        ObjectNode rejected = oneOf.addObject();
        rejected.put("type", "object");
        rejected.put("additionalProperties", false);
        ObjectNode props = rejected.putObject("properties");
        props.putObject("outcome").put("const", "rejected");
        props.set("rule", string("^AB-[A-Z]+-\\d{3}$"));
        rejected.putArray("required").add("outcome").add("rule");
        return schema;
    }

    /** A reference to the definition of a record or sealed type, defining it on first use. */
    private ObjectNode reference(Class<?> type) {
        String name = definitionName(type);
        ObjectNode ref = NODES.objectNode().put("$ref", "#/$defs/" + name);
        if (!named.containsKey(name)) {
            named.put(name, type);
            definitions.set(name, NODES.objectNode());
            definitions.set(name, define(type));
        }
        return ref;
    }

    /** A name unique across packages: the last package segment, the enclosing types and the type, in snake_case. */
    private static String definitionName(Class<?> type) {
        StringBuilder name = new StringBuilder(DomainJson.snake(type.getSimpleName()));
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, DomainJson.snake(outer.getSimpleName()) + "_");
        }
        String pkg = type.getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1) + "_" + name;
    }

    private ObjectNode define(Class<?> type) {
        if (type.isSealed()) {
            ObjectNode schema = NODES.objectNode();
            ArrayNode oneOf = schema.putArray("oneOf");
            for (Class<?> sub : type.getPermittedSubclasses()) {
                ObjectNode variant = sub.isSealed() ? define(sub) : recordSchema(sub);
                if (!sub.isSealed()) {
                    ((ObjectNode) variant.get("properties")).putObject("type").put("const", DomainJson.typeName(sub));
                    ((ArrayNode) variant.get("required")).insert(0, "type");
                }
                oneOf.add(variant);
            }
            return schema;
        }
        if (type.isRecord()) {
            ObjectNode schema = recordSchema(type);
            if (Arrays.stream(type.getInterfaces()).anyMatch(Class::isSealed)) {
                // A member of a sealed family keeps its tag where a field names the member itself.
                ((ObjectNode) schema.get("properties")).putObject("type").put("const", DomainJson.typeName(type));
                ((ArrayNode) schema.get("required")).insert(0, "type");
            }
            return schema;
        }
        throw new IllegalStateException("no schema for " + type);
    }

    private ObjectNode recordSchema(Class<?> type) {
        ObjectNode schema = object();
        ObjectNode properties = (ObjectNode) schema.get("properties");
        ArrayNode required = schema.putArray("required");
        for (RecordComponent component : type.getRecordComponents()) {
            String field = DomainJson.snake(component.getName());
            JsonNode fieldSchema = schemaOf(component.getGenericType());
            if (OptionalFields.DEFAULTS.containsKey(field)) {
                fieldSchema = ((ObjectNode) fieldSchema.deepCopy())
                        .put("description", OptionalFields.DEFAULTS.get(field));
            } else {
                required.add(field);
            }
            properties.set(field, fieldSchema);
        }
        return schema;
    }

    private JsonNode schemaOf(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = NODES.objectNode().put("type", "array");
                array.set("items", schemaOf(args[0]));
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode map = NODES.objectNode().put("type", "object");
                if (args[0] == ParaId.class) {
                    map.putObject("propertyNames").put("pattern", "^\\d+$");
                } else if (args[0] == CandidateHash.class || args[0] == RelayHash.class) {
                    map.putObject("propertyNames").put("pattern", HASH);
                }
                map.set("additionalProperties", schemaOf(args[1]));
                return map;
            }
            throw new IllegalStateException("no schema for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
            return NODES.objectNode().put("type", "integer");
        }
        if (c == boolean.class || c == Boolean.class) {
            return NODES.objectNode().put("type", "boolean");
        }
        if (c == String.class) {
            return string(null);
        }
        if (c == ParaId.class || c == RelayBlockNumber.class) {
            return NODES.objectNode().put("type", "integer").put("minimum", 0);
        }
        if (c == Hash32.class || c == CandidateHash.class || c == RelayHash.class || c == ValidationCodeHash.class) {
            return string(HASH);
        }
        if (c == EncodedReceipt.class) {
            return string("^0x([0-9a-f]{2})*$").put("description", "SCALE encoding of the committed candidate receipt"
                    + " (descriptor V1 or V2, then the commitments); the candidate hash is blake2-256 of the descriptor"
                    + " followed by blake2-256 of the commitments. '0x' only where the hash is given (no receipt).");
        }
        if (c == HeadData.class) {
            return string("^0x([0-9a-f]{2})*$");
        }
        if (c == BlockName.class) {
            return string("^[A-Za-z0-9_.'-]{1,40}$");
        }
        if (c == RuleId.class) {
            return string("^AB-[A-Z]+-\\d{3}$");
        }
        if (c.isEnum()) {
            ObjectNode e = NODES.objectNode().put("type", "string");
            ArrayNode values = e.putArray("enum");
            Arrays.stream(c.getEnumConstants()).map(v -> ((Enum<?>) v).name()).forEach(values::add);
            return e;
        }
        if (c.isRecord() || c.isSealed()) {
            return reference(c);
        }
        throw new IllegalStateException("no schema for " + c + " (add it to VectorSchema)");
    }

    private static ObjectNode object() {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        schema.putObject("properties");
        return schema;
    }

    private static ObjectNode string(String pattern) {
        ObjectNode schema = NODES.objectNode().put("type", "string");
        if (pattern != null) {
            schema.put("pattern", pattern);
        }
        return schema;
    }

    /** Writes {@code vectors/schema.json}: {@code VectorSchema [directory]}. */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Path directory = java.nio.file.Path.of(args.length > 0 ? args[0] : "vectors");
        java.nio.file.Files.writeString(directory.resolve(FILE), text());
    }
}
