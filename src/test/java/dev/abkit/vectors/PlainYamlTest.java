package dev.abkit.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The direct reader of the vector writer's YAML style gives what the full YAML parser gives (the same tree, node
 * types included, and the same line for every path) or declines the text.
 */
class PlainYamlTest {
    private static final Path VECTORS = Path.of("vectors");

    private static List<String> shippedFiles() throws IOException {
        return Files.readAllLines(VECTORS.resolve("index.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String read(String name) throws IOException {
        return Files.readString(VECTORS.resolve(name), StandardCharsets.UTF_8);
    }

    private static void assertSameReading(String what, String text) {
        Map<String, Integer> lines = new HashMap<>();
        JsonNode fast = PlainYaml.read(text, lines, LocatedYaml.MAX_DEPTH);
        assertNotNull(fast, what + ": the direct reader declined it");
        LocatedYaml full = LocatedYaml.parseInFull(what, text);
        assertSameTree(what, "", full.root(), fast);
        assertEquals(full.lines(), Map.copyOf(lines), what + ": lines");
    }

    private static void assertSameTree(String what, String path, JsonNode expected, JsonNode actual) {
        assertEquals(expected.getClass(), actual.getClass(), what + ": node type at '" + path + "'");
        if (expected.isObject()) {
            List<String> expectedNames = new ArrayList<>();
            expected.fieldNames().forEachRemaining(expectedNames::add);
            List<String> actualNames = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualNames::add);
            assertEquals(expectedNames, actualNames, what + ": keys at '" + path + "'");
            for (String name : expectedNames) {
                assertSameTree(what, path + "." + name, expected.get(name), actual.get(name));
            }
        } else if (expected.isArray()) {
            assertEquals(expected.size(), actual.size(), what + ": length at '" + path + "'");
            for (int i = 0; i < expected.size(); i++) {
                assertSameTree(what, path + "[" + i + "]", expected.get(i), actual.get(i));
            }
        } else {
            assertEquals(expected, actual, what + ": value at '" + path + "'");
        }
    }

    @Test
    void readsEveryShippedVectorFileAsTheFullParserDoes() throws IOException {
        List<String> files = shippedFiles();
        assertTrue(files.size() > 500, "the shipped set: " + files.size());
        for (String name : files) {
            assertSameReading(name, read(name));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\nb: \"x\"\n",
        "a:\n- 1\n- \"two\"\nb: true\n",
        "a:\n  - - 1\n    - 2\n  - - 3\n",
        "list:\n- k: 1\n  m:\n    n: null\n- k: 2\n",
        "\"2000\":\n  x: []\n  y: {}\n",
        "d: \"first half of\\\n  \\ a sentence, \\\"quoted\\\" and a \\\\ slash\"\nz: -5\n",
        "n: 123456789012345678\nm: -123456789012345678\nz: 0\n",
        "a:\n  b:\n  - c: false\n    d:\n    - \"e\"\n",
    })
    void readsTheWriterStyleAsTheFullParserDoes(String text) {
        assertSameReading("example", text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "a: 1",
        "a: 1 # a comment\n",
        "# a comment\na: 1\n",
        "a: plain text\n",
        "a: 01\n",
        "a: -0\n",
        "a: 1234567890123456789\n",
        "a: 1.5\n",
        "a: 1\na: 2\n",
        "a:\tb\n",
        "a: 1 \n",
        "a: 1\n\nb: 2\n",
        "---\na: 1\n",
        "a: \"x\"\n  b: 1\n",
        "a: \"unterminated\n",
        "a: \"folded\n  line\"\n",
        "a: \"\\n escape\"\n",
        "a: \"\\u00e9\"\n",
        "a: &anchor 1\nb: *anchor\n",
        "a: !tag 1\n",
        "a: [1, 2]\n",
        "a: |\n  text\n",
        "a:\n",
        "a:\nb: 1\n",
        " a: 1\n",
        "a: 1\n- 2\n",
        "- 1\n  - 2\n",
        "a: \u00e9\n",
        "a: \"x\"y\n",
        "a:b\n",
    })
    void declinesAnythingElse(String text) {
        assertNull(PlainYaml.read(text, new HashMap<>(), LocatedYaml.MAX_DEPTH), () -> "accepted: " + text);
    }

    @Test
    void declinesNestingAtTheDepthLimitSoThatTheFullParserReportsIt() {
        StringBuilder text = new StringBuilder();
        for (int depth = 0; depth <= LocatedYaml.MAX_DEPTH; depth++) {
            text.append("  ".repeat(depth)).append("k").append(depth).append(":\n");
        }
        text.append("  ".repeat(LocatedYaml.MAX_DEPTH + 1)).append("leaf: 1\n");
        assertNull(PlainYaml.read(text.toString(), new HashMap<>(), LocatedYaml.MAX_DEPTH));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocatedYaml.parse("deep.yaml", text.toString()));
        assertTrue(e.getMessage().contains("nested more than"), e.getMessage());
    }

    @Test
    void aDuplicateKeyStillGetsTheFullParsersMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocatedYaml.parse("dup.yaml", "a: 1\nb: 2\na: 3\n"));
        assertTrue(e.getMessage().contains("duplicate key 'a'") && e.getMessage().contains("dup.yaml:3"),
                e.getMessage());
    }

    /**
     * Shipped files damaged at random (a character removed, doubled or replaced by one that matters in YAML, a line's
     * indentation changed, two lines swapped): wherever the direct reader answers, the full parser parses the text
     * too and gives the same tree and lines; where the full parser fails, the direct reader has declined.
     */
    @Test
    void damagedFilesAreReadAsTheFullParserReadsThemOrDeclined() throws IOException {
        List<String> files = shippedFiles();
        Random random = new Random(14);
        char[] specials = {' ', '\n', ':', '-', '"', '\\', '#', '[', '{', 'x', '0', '\t', '\'', '&', '!', '>'};
        int answered = 0;
        int declined = 0;
        for (int round = 0; round < 3000; round++) {
            String name = files.get(random.nextInt(files.size()));
            String text = damage(read(name), random, specials);
            Map<String, Integer> lines = new HashMap<>();
            JsonNode fast = PlainYaml.read(text, lines, LocatedYaml.MAX_DEPTH);
            if (fast == null) {
                declined++;
                continue;
            }
            answered++;
            LocatedYaml full;
            try {
                full = LocatedYaml.parseInFull(name, text);
            } catch (IllegalArgumentException e) {
                fail("the direct reader accepted text the full parser rejects (" + e.getMessage() + "):\n" + text);
                return;
            }
            assertSameTree(name + " (damaged, round " + round + ")", "", full.root(), fast);
            assertEquals(full.lines(), Map.copyOf(lines), name + " (damaged, round " + round + "): lines");
        }
        // Both outcomes occur, so neither half of the property is vacuous.
        assertTrue(answered > 300, "answered " + answered);
        assertTrue(declined > 300, "declined " + declined);
    }

    private static String damage(String text, Random random, char[] specials) {
        StringBuilder s = new StringBuilder(text);
        int at = random.nextInt(s.length());
        switch (random.nextInt(6)) {
            case 0 -> s.deleteCharAt(at);
            case 1 -> s.insert(at, s.charAt(at));
            case 2 -> s.setCharAt(at, specials[random.nextInt(specials.length)]);
            case 3 -> s.insert(at, specials[random.nextInt(specials.length)]);
            case 4 -> {
                int lineStart = Math.min(s.lastIndexOf("\n", at) + 1, s.length() - 1);
                if (random.nextBoolean()) {
                    s.insert(lineStart, random.nextBoolean() ? " " : "  ");
                } else if (s.charAt(lineStart) == ' ') {
                    s.deleteCharAt(lineStart);
                }
            }
            default -> {
                List<String> rows = new ArrayList<>(List.of(s.toString().split("\n", -1)));
                int i = random.nextInt(Math.max(1, rows.size() - 2));
                String row = rows.get(i);
                rows.set(i, rows.get(i + 1));
                rows.set(i + 1, row);
                return String.join("\n", rows);
            }
        }
        return s.toString();
    }
}
