package memspice.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The fast formatter prints exactly what String.format prints: no tolerance, character for character. */
class ScientificFormatTest {

    @Test
    void agreesWithStringFormatEverywhere() {
        Random rnd = new Random(42);
        double[] special = {0.0, -0.0, 1, -1, 9.9999999995, 9.99999999949, 1e-300, 1e300, 123456789.5, 0.5, 2.5e-7,
            Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, 6.666666666666667,
            -3.333333333333333e-3, 1.0000000005, 1e-15, 1e23};
        for (double v : special) {
            check(v, 9);
        }
        for (int i = 0; i < 200_000; i++) {
            double v = (rnd.nextBoolean() ? 1 : -1) * rnd.nextDouble() * Math.pow(10, rnd.nextInt(60) - 30);
            check(v, 9);
            check(v, 3 + rnd.nextInt(12));
        }
        for (int i = 0; i < 20_000; i++) { // values with few significant digits sit right on ties
            double v = rnd.nextInt(100_000) * Math.pow(10, rnd.nextInt(20) - 12);
            check(v, 3);
            check(v, 9);
        }
    }

    private static void check(double v, int digits) {
        String expected = String.format(Locale.ROOT, "%." + digits + "e", v);
        assertEquals(expected, ScientificFormat.append(new StringBuilder(), v, digits).toString(), "value " + v);
    }
}
