package dev.abkit.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.abkit.catalog.RuleId;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A rule violation's detail is {@code String.format}'s text, whenever it is read; receipts keep their hex form. */
class ChecksTest {
    private static final RuleId RULE = RuleId.of("AB-SEG-001");

    private static RuleViolation violation(String format, Object... args) {
        return assertThrows(RuleViolation.class, () -> Checks.unobserved().require(RULE, false, format, args));
    }

    @Test
    void theDetailIsFormattedAsStringFormatWouldFormatIt() {
        List<Object[]> cases = List.of(
                new Object[] {"segment holds %d > %d at %s", 5, 4L, HeadData.ofLabel("h1")},
                new Object[] {"%s%% of %d", "half", BigInteger.TEN},
                new Object[] {"size %x, %d", 255, 1},
                new Object[] {"no arguments"},
                new Object[] {"%d of %s", (short) 3, null});
        for (Object[] c : cases) {
            Object[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            String expected = String.format(Locale.ROOT, (String) c[0], args);
            RuleViolation thrown = violation((String) c[0], args);
            assertEquals(expected, thrown.detail(), (String) c[0]);
            assertEquals(RULE + ": " + expected, thrown.getMessage());
            assertEquals(new Outcome.Rejected(RULE, expected), thrown.toOutcome());
        }
    }

    @Test
    void aHeldCheckThrowsNothingAndAGivenDetailIsKeptAsItIs() {
        assertDoesNotThrow(() -> Checks.unobserved().require(RULE, true, "never %s", "shown"));
        RuleViolation given = new RuleViolation(RULE, "100% literal %s");
        assertEquals("100% literal %s", given.detail());
        assertEquals(new Outcome.Rejected(RULE, "100% literal %s"), given.toOutcome());
    }

    @Test
    void aReceiptIsZeroXAndAnEvenNumberOfLowercaseHexDigits() {
        for (String good : List.of("0x", "0x00", "0xab01ff")) {
            assertEquals(good, new EncodedReceipt(good).hex());
        }
        for (String bad : java.util.Arrays.asList(null, "", "0", "ab", "0xa", "0xAB", "0xzz", "0Xab", "1xab")) {
            assertThrows(IllegalArgumentException.class, () -> new EncodedReceipt(bad), String.valueOf(bad));
        }
    }
}
