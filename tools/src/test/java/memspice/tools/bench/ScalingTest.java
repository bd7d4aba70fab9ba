package memspice.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The least-squares exponent of the scaling table, on data whose exponent is known. */
class ScalingTest {

    @Test
    void exactPowerLawGivesItsExponent() {
        double[] x = {2176, 8448, 33280, 132096, 526336, 2101248};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3e-6 * Math.pow(x[i], 1.37);
        }
        Scaling.Fit f = Scaling.fit(x, y);
        // exact data: only rounding in logs and sums (1e-12)
        assertEquals(1.37, f.exponent(), 1e-12);
        assertEquals(Math.log10(3e-6), f.log10Coefficient(), 1e-11);
        assertEquals(6, f.points());
    }

    @Test
    void leastSquaresOfNoisyPointsAndSkippedSizes() {
        // log10 y = 1, 2.1, 2.9 at log10 x = 1, 2, 3: slope by hand (sum dx dy / sum dx^2) = 1.9 / 2 = 0.95
        double[] x = {10, 100, 1000, 10000};
        double[] y = {10, Math.pow(10, 2.1), Math.pow(10, 2.9), Double.NaN};
        Scaling.Fit f = Scaling.fit(x, y);
        assertEquals(0.95, f.exponent(), 1e-12);
        assertEquals(3, f.points());
        assertTrue(Double.isNaN(Scaling.fit(new double[] {1}, new double[] {1}).exponent()));
    }
}
