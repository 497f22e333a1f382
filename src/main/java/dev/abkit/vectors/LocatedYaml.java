package dev.abkit.vectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document read into a JSON tree that remembers the line of every value, so that an error can name the file,
 * the line and the field: "expected ... but was ... at steps[3].event.relay_parent (vectors/x.yaml:41)".
 */
public final class LocatedYaml {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String source;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedYaml(String source, JsonNode root, Map<String, Integer> lines) {
        this.source = source;
        this.root = root;
        this.lines = lines;
    }

    /** Parses {@code text}; {@code source} names the file in messages. Malformed YAML fails with its line. */
    public static LocatedYaml parse(String source, String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("empty document (" + source + ")");
            }
            JsonNode root = read(parser, "", lines);
            return new LocatedYaml(source, root, lines);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed YAML: " + e.getOriginalMessage() + " ("
                    + source + ":" + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode read(JsonParser parser, String path, Map<String, Integer> lines) throws IOException {
        lines.put(path, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    if (object.has(name)) {
                        throw new IllegalArgumentException("duplicate key '" + name + "' at " + display(path)
                                + " (line " + parser.currentTokenLocation().getLineNr() + ")");
                    }
                    parser.nextToken();
                    object.set(name, read(parser, path.isEmpty() ? name : path + "." + name, lines));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, path + "[" + index + "]", lines));
                    index++;
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return nodes.numberNode(parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(parser.getBooleanValue());
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new IllegalStateException("unexpected YAML token " + token);
        }
    }

    public JsonNode root() {
        return root;
    }

    public String source() {
        return source;
    }

    /** The line of the value at {@code path} (dotted, with [i] for list items), or of its nearest ancestor. */
    public int line(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    /** "at {path} ({source}:{line})", the location suffix of every error about this document. */
    public String at(String path) {
        return "at " + display(path) + " (" + source + ":" + line(path) + ")";
    }

    private static String display(String path) {
        return path.isEmpty() ? "the document root" : path;
    }
}
