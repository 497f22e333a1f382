package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A reader of the plain block style the kit's vector writer produces: mappings and lists in block form (a list may sit
 * at its key's indentation), double-quoted strings (with the writer's {@code \}-continued lines and the escapes
 * {@code \\ \" \ }), whole numbers, {@code true}, {@code false}, {@code null}, {@code []} and {@code {}}, printable
 * ASCII only. It gives the same tree and the same line of every value as the full YAML parser does, in a fraction of
 * its time; it declines (returns null) anything else, from a comment or a tab to a plain string or a duplicate key,
 * and {@link LocatedYaml} then parses the text in full, with the full parser's errors.
 */
final class PlainYaml {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final char[] text;
    private final int[] starts;
    private final int count;
    private final Map<String, Integer> lines;
    private final int maxDepth;
    private int row;

    private PlainYaml(char[] text, int[] starts, int count, Map<String, Integer> lines, int maxDepth) {
        this.text = text;
        this.starts = starts;
        this.count = count;
        this.lines = lines;
        this.maxDepth = maxDepth;
    }

    /** Not in the subset: the caller parses the text in full. */
    private static final class Declined extends RuntimeException {
        private static final Declined INSTANCE = new Declined();

        private Declined() {
            super(null, null, false, false);
        }
    }

    /**
     * The tree of {@code source}, with the line of every value put into {@code lines} by path ({@code steps[2].event},
     * as {@link LocatedYaml} keys them); null when the text is not in the subset ({@code lines} may then hold
     * entries, which the caller discards).
     */
    static JsonNode read(String source, Map<String, Integer> lines, int maxDepth) {
        char[] text = source.toCharArray();
        int n = text.length;
        if (n == 0 || text[n - 1] != '\n') {
            return null;
        }
        int rows = 0;
        for (char c : text) {
            if (c == '\n') {
                rows++;
            } else if (c < 0x20 || c > 0x7e) {
                return null;
            }
        }
        int[] starts = new int[rows + 1];
        int r = 0;
        for (int i = 0; i < n; i++) {
            if (text[i] == '\n') {
                starts[++r] = i + 1;
            }
        }
        PlainYaml reader = new PlainYaml(text, starts, rows, lines, maxDepth);
        try {
            for (int i = 0; i < rows; i++) {
                int len = reader.length(i);
                if (len == 0 || text[reader.end(i) - 1] == ' ' || reader.indent(i) == len) {
                    return null;
                }
            }
            if (reader.indent(0) != 0) {
                return null;
            }
            JsonNode root = reader.block("", 0, 0);
            return reader.row == rows ? root : null;
        } catch (Declined d) {
            return null;
        }
    }

    private int end(int i) {
        return starts[i + 1] - 1;
    }

    private int length(int i) {
        return end(i) - starts[i];
    }

    private int indent(int i) {
        int at = starts[i];
        int limit = end(i);
        while (at < limit && text[at] == ' ') {
            at++;
        }
        return at - starts[i];
    }

    private char at(int i, int col) {
        int p = starts[i] + col;
        return p < end(i) ? text[p] : '\n';
    }

    private boolean dashAt(int i, int col) {
        return at(i, col) == '-' && at(i, col + 1) == ' ';
    }

    private static Declined decline() {
        return Declined.INSTANCE;
    }

    /** A mapping or a list starting at column {@code col} of the current row. */
    private JsonNode block(String path, int col, int depth) {
        if (dashAt(row, col)) {
            return list(path, col, depth);
        }
        if (keyEnd(row, col) > 0) {
            return mapping(path, col, depth);
        }
        throw decline();
    }

    private ArrayNode list(String path, int col, int depth) {
        if (depth >= maxDepth) {
            throw decline();
        }
        lines.put(path, row + 1);
        ArrayNode list = NODES.arrayNode();
        int index = 0;
        while (true) {
            int item = col + 2;
            if (at(row, item) == ' ' || at(row, item) == '\n') {
                throw decline();
            }
            String child = path + "[" + index + "]";
            if (dashAt(row, item) || keyEnd(row, item) > 0) {
                list.add(block(child, item, depth + 1));
            } else {
                list.add(scalar(child, item, col, depth + 1));
            }
            index++;
            if (row == count || indent(row) < col) {
                return list;
            }
            if (indent(row) > col) {
                throw decline();
            }
            if (!dashAt(row, col)) {
                return list;
            }
        }
    }

    private ObjectNode mapping(String path, int col, int depth) {
        if (depth >= maxDepth) {
            throw decline();
        }
        lines.put(path, row + 1);
        ObjectNode mapping = NODES.objectNode();
        while (true) {
            int colon = keyEnd(row, col);
            if (colon < 0) {
                throw decline();
            }
            String name = key(row, col, colon);
            if (mapping.has(name)) {
                throw decline();
            }
            String child = path.isEmpty() ? name : path + "." + name;
            if (at(row, colon + 1) == '\n') {
                int next = row + 1;
                if (next == count) {
                    throw decline();
                }
                row = next;
                if (indent(next) > col) {
                    mapping.set(name, block(child, indent(next), depth + 1));
                } else if (indent(next) == col && dashAt(next, col)) {
                    mapping.set(name, list(child, col, depth + 1));
                } else {
                    throw decline();
                }
            } else {
                mapping.set(name, scalar(child, colon + 2, col, depth + 1));
            }
            if (row == count || indent(row) < col) {
                return mapping;
            }
            if (indent(row) > col || dashAt(row, col)) {
                throw decline();
            }
        }
    }

    /**
     * The column of the colon ending a key that starts at {@code col} ({@code name:} followed by a space or the end
     * of the line; the name plain or double-quoted without escapes), or -1.
     */
    private int keyEnd(int i, int col) {
        int c = col;
        if (at(i, c) == '"') {
            c++;
            while (at(i, c) != '"') {
                char ch = at(i, c);
                if (ch == '\n' || ch == '\\') {
                    return -1;
                }
                c++;
            }
            c++;
        } else {
            char first = at(i, c);
            if (!(first == '_' || (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
                return -1;
            }
            while (isNameChar(at(i, c))) {
                c++;
            }
        }
        if (at(i, c) != ':') {
            return -1;
        }
        char after = at(i, c + 1);
        return after == ' ' || after == '\n' ? c : -1;
    }

    private static boolean isNameChar(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private String key(int i, int col, int colon) {
        return at(i, col) == '"'
                ? new String(text, starts[i] + col + 1, colon - col - 2)
                : new String(text, starts[i] + col, colon - col);
    }

    /**
     * The value starting at column {@code col} of the current row, which it leaves behind: a double-quoted string
     * (continued on following rows indented deeper than {@code owner}), a whole number, a boolean, null, or an empty
     * list or mapping.
     */
    private JsonNode scalar(String path, int col, int owner, int depth) {
        lines.put(path, row + 1);
        int from = starts[row] + col;
        int to = end(row);
        JsonNode value;
        if (at(row, col) == '"') {
            value = NODES.textNode(quoted(col, owner));
        } else {
            String plain = new String(text, from, to - from);
            value = switch (plain) {
                case "true" -> NODES.booleanNode(true);
                case "false" -> NODES.booleanNode(false);
                case "null" -> NODES.nullNode();
                case "[]", "{}" -> {
                    if (depth >= maxDepth) {
                        throw decline();
                    }
                    yield plain.equals("[]") ? NODES.arrayNode() : NODES.objectNode();
                }
                default -> NODES.numberNode(wholeNumber(plain));
            };
        }
        row++;
        return value;
    }

    /** A plain whole number without sign tricks, leading zeros or more than 18 digits. */
    private static long wholeNumber(String plain) {
        int digits = plain.startsWith("-") ? 1 : 0;
        int length = plain.length() - digits;
        if (length < 1 || length > 18 || (plain.charAt(digits) == '0' && (length > 1 || digits == 1))) {
            throw decline();
        }
        for (int i = digits; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c < '0' || c > '9') {
                throw decline();
            }
        }
        return Long.parseLong(plain);
    }

    /** A double-quoted string starting at column {@code col}; the current row ends up at its closing quote's. */
    private String quoted(int col, int owner) {
        StringBuilder out = null;
        int c = col + 1;
        while (true) {
            // The plain run up to the next quote, backslash or line end is taken whole.
            int from = starts[row] + c;
            int limit = end(row);
            int p = from;
            while (p < limit && text[p] != '"' && text[p] != '\\') {
                p++;
            }
            if (p == limit) {
                throw decline();
            }
            if (text[p] == '"') {
                if (p + 1 != limit) {
                    throw decline();
                }
                if (out == null) {
                    return new String(text, from, p - from);
                }
                return out.append(text, from, p - from).toString();
            }
            out = out != null ? out : new StringBuilder();
            out.append(text, from, p - from);
            c = p - starts[row];
            char escaped = at(row, c + 1);
            switch (escaped) {
                case '\\', '"', ' ' -> {
                    out.append(escaped);
                    c += 2;
                }
                case '\n' -> {
                    // An escaped line break: the break and the next row's indentation are left out.
                    if (row + 1 == count || indent(row + 1) <= owner) {
                        throw decline();
                    }
                    row++;
                    c = indent(row);
                }
                default -> throw decline();
            }
        }
    }
}
