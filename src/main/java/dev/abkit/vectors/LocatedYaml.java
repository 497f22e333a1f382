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
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into a JSON tree that remembers the line of every value, so that an error can name the file,
 * the line and the field: "expected ... but was ... at steps[3].event.relay_parent (vectors/x.yaml:41)".
 */
public final class LocatedYaml {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    /** The deepest nesting of mappings and lists the kit reads; a vector nests about ten levels deep. */
    public static final int MAX_DEPTH = 40;

    private final String source;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedYaml(String source, JsonNode root, Map<String, Integer> lines) {
        this.source = source;
        this.root = root;
        this.lines = lines;
    }

    /**
     * Parses {@code text}; {@code source} names the file in messages. Malformed YAML, a duplicate key or nesting
     * deeper than {@link #MAX_DEPTH} fails with the file and line. A text over {@link InputText#MAX_BYTES} fails
     * before it is parsed.
     */
    public static LocatedYaml parse(String source, String text) {
        InputText.checkSize(source, "YAML file", text.length());
        Map<String, Integer> lines = new HashMap<>();
        // The vector writer's plain block style is read directly; anything else goes through the full parser.
        JsonNode plain = PlainYaml.read(text, lines, MAX_DEPTH);
        if (plain != null) {
            return new LocatedYaml(source, plain, lines);
        }
        lines.clear();
        return full(source, text, lines);
    }

    /** {@link #parse} with the full YAML parser only. */
    static LocatedYaml parseInFull(String source, String text) {
        InputText.checkSize(source, "YAML file", text.length());
        return full(source, text, new HashMap<>());
    }

    private static LocatedYaml full(String source, String text, Map<String, Integer> lines) {
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("empty document (" + source + ")");
            }
            JsonNode root = read(new Reading(parser, source, lines), "", 0);
            return new LocatedYaml(source, root, lines);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed YAML: " + parserMessage(e) + " (" + source + ":"
                    + line(e, parser) + ")", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + source + ": " + e.getMessage(), e);
        } finally {
            closeQuietly(parser);
        }
    }

    /** The parser's first line of explanation, without the parser's own excerpt and position lines. */
    private static String parserMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        // The parser's text interleaves its explanation (at the line start) with positions and an excerpt (indented).
        List<String> said = message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(l -> l.endsWith(":") ? l.substring(0, l.length() - 1) : l).limit(2).toList();
        return said.isEmpty() ? "unreadable" : String.join(": ", said);
    }

    private static int line(JsonProcessingException e, JsonParser parser) {
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return e.getLocation().getLineNr();
        }
        if (parser != null && parser.currentLocation() != null && parser.currentLocation().getLineNr() > 0) {
            return parser.currentLocation().getLineNr();
        }
        return 1;
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser == null) {
            return;
        }
        try {
            parser.close();
        } catch (IOException | RuntimeException e) {
            // Nothing is left to read; the error already says what is wrong.
        }
    }

    private record Reading(JsonParser parser, String source, Map<String, Integer> lines) {
    }

    private static JsonNode read(Reading reading, String path, int depth) throws IOException {
        JsonParser parser = reading.parser();
        int line = parser.currentTokenLocation().getLineNr();
        reading.lines().put(path, line);
        JsonToken token = parser.currentToken();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
            throw new IllegalArgumentException("mappings and lists nested more than " + MAX_DEPTH + " levels deep at "
                    + display(path) + " (" + reading.source() + ":" + line + "); a vector nests about ten");
        }
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    if (object.has(name)) {
                        throw new IllegalArgumentException("duplicate key '" + name + "' at " + display(child)
                                + " (" + reading.source() + ":" + parser.currentTokenLocation().getLineNr()
                                + "; first at line " + reading.lines().get(child) + ")");
                    }
                    parser.nextToken();
                    object.set(name, read(reading, child, depth + 1));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(reading, path + "[" + index + "]", depth + 1));
                    index++;
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? nodes.numberNode(parser.getBigIntegerValue()) : nodes.numberNode(parser.getLongValue());
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
            default -> throw new IllegalArgumentException("expected a mapping, list, string, number, boolean or null "
                    + "at " + display(path) + " (" + reading.source() + ":" + line + ")");
        }
    }

    /** The line of every value, by path. */
    Map<String, Integer> lines() {
        return Map.copyOf(lines);
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
