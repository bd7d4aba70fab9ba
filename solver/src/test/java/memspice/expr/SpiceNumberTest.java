package memspice.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpiceNumberTest {

    /**
     * Values are compared exactly: scale suffixes shift the decimal exponent before the single
     * rounding of Double.parseDouble, so "1.5u" is the same double as the literal 1.5e-6.
     * Each row was also checked with ngspice 39 (V1 1 0 {text}, print v(1)).
     */
    @ParameterizedTest
    @CsvSource({
        "10kOhm, 1e4", "1uF, 1e-6", "5V, 5", "1F, 1e-15", "1meg, 1e6", "1MEGohm, 1e6", "1Meg, 1e6",
        "1e-3, 1e-3", ".5, 0.5", "-3.3e+2k, -3.3e5", "+5, 5", "3., 3", "1.e2, 100", "1e3meg, 1e9",
        "1t, 1e12", "1T, 1e12", "1g, 1e9", "1k, 1e3", "1K, 1e3", "1m, 1e-3", "1M, 1e-3", "1MA, 1e-3",
        "1mA, 1e-3", "1ms, 1e-3", "1mg, 1e-3", "1Mhz, 1e-3", "1u, 1e-6", "1U, 1e-6", "1n, 1e-9", "1p, 1e-12",
        "1f, 1e-15", "1.5u, 1.5e-6", "2.2n, 2.2e-9", "4.7p, 4.7e-12", "1e-3k, 1", "2e-3k, 2",
        "1a, 1", "1A, 1", "1x, 1", "2e3x, 2e3", "1megx, 1e6", "1e, 1", "1Ohm, 1", "0, 0", "007, 7",
        "1E3, 1e3", "1e+3, 1e3", "  42  , 42",
    })
    void parsesLikeNgspice(String text, double expected) {
        assertEquals(expected, SpiceNumber.parse(text), text);
        assertTrue(SpiceNumber.isNumber(text), text);
    }

    @Test
    void mil() {
        // ngspice 39 device lines and B sources: 2mil = 5.08e-05 (its .param reader says 2e-3)
        // exact: the decimal product is rounded once
        assertEquals(25.4e-6, SpiceNumber.parse("1mil"));
        assertEquals(50.8e-6, SpiceNumber.parse("2mil"));
        assertEquals(25.4e-6, SpiceNumber.parse("1MILS"));
        assertEquals(25.4e-6, SpiceNumber.parse("1milx"));
        assertEquals(0.254, SpiceNumber.parse("1e4mil"));
        assertEquals(-12.7e-6, SpiceNumber.parse("-.5mil"));
        assertEquals(76.2e-6, SpiceNumber.parse("3.mil"));
        assertEquals(0.0, SpiceNumber.parse("1e-999mil"));
        assertFalse(SpiceNumber.isNumber("1e999mil"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "x", "k", "-", "+", ".", "e3", "1u2", "1k5", "1x2", "1e+", "1.2.3", "1 2",
        "--1", "1e5_", "1k-", "0x10", "1,5", "NaN", "Infinity", "1µ"})
    void rejectsNonNumbers(String text) {
        assertFalse(SpiceNumber.isNumber(text), text);
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> SpiceNumber.parse(text));
        assertEquals("'" + text + "' is not a number", e.getMessage());
    }

    @Test
    void rejectsOverflowButAcceptsUnderflow() {
        assertFalse(SpiceNumber.isNumber("1e999"));
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> SpiceNumber.parse("1e999"));
        assertEquals("'1e999' is out of range", e.getMessage());
        assertFalse(SpiceNumber.isNumber("1e308k"));
        assertFalse(SpiceNumber.isNumber("1e99999999999999"));
        assertEquals(0.0, SpiceNumber.parse("1e-999"));
        assertEquals(1e-320, SpiceNumber.parse("1e-320"));
    }

    @Test
    void nullIsNotANumber() {
        assertFalse(SpiceNumber.isNumber(null));
        assertThrows(NumberFormatException.class, () -> SpiceNumber.parse(null));
    }
}
