package memspice.models.semi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Properties of the shared junction arithmetic, each checked against its defining equation. */
class JunctionTest {

    private static final double VTE = 0.025852;
    private static final double IS = 1e-14;

    @Test
    void limitedStepLandsOnTheCurrentTheTangentPredicted() {
        double vcrit = Junction.criticalVoltage(VTE, IS);
        for (double vOld : new double[] {0.3, 0.55, 0.7}) {
            for (double vNew : new double[] {0.9, 1.5, 5, 40}) {
                double v = Junction.limit(vNew, vOld, VTE, vcrit);
                double predicted = IS * Math.exp(vOld / VTE) * (1 + (vNew - vOld) / VTE);
                // is e^(v/vte) = tangent prediction, an identity up to rounding of exp/log (1e-12 relative)
                assertEquals(predicted, IS * Math.exp(v / VTE), 1e-12 * predicted, "vOld=" + vOld + " vNew=" + vNew);
                assertTrue(v < vNew && v > vOld);
            }
        }
    }

    @Test
    void smallStepsAndStepsBelowCriticalAreNotLimited() {
        double vcrit = Junction.criticalVoltage(VTE, IS);
        assertTrue(vcrit > 0.6 && vcrit < 0.8, "vcrit " + vcrit);
        assertEquals(0.70, Junction.limit(0.70, 0.69, VTE, vcrit));        // |step| < 2 vte
        assertEquals(vcrit - 0.01, Junction.limit(vcrit - 0.01, -5, VTE, vcrit));   // below vcrit
        assertEquals(-20.0, Junction.limit(-20.0, 0.7, VTE, vcrit));       // reverse steps pass
    }

    @Test
    void fromReverseBiasTheStepGoesToVteLogOfItsRatio() {
        double vcrit = Junction.criticalVoltage(VTE, IS);
        double v = Junction.limit(10.0, -1.0, VTE, vcrit);
        assertEquals(VTE * Math.log(10.0 / VTE), v, 1e-15);
    }

    @Test
    void reverseFormJoinsTheExponentialWithValueAndSlopeAtMinus3Vte() {
        double v = -3 * VTE;
        double below = Math.nextDown(v);
        // value and slope continuous to rounding: the two forms agree to 1e-9 relative
        assertEquals(Junction.diodeCurrent(v, IS, VTE), Junction.diodeCurrent(below, IS, VTE), 1e-9 * IS);
        assertEquals(Junction.diodeConductance(v, IS, VTE), Junction.diodeConductance(below, IS, VTE),
                1e-9 * Junction.diodeConductance(v, IS, VTE));
        assertEquals(-IS, Junction.diodeCurrent(-10, IS, VTE), 1e-6 * IS);
    }

    @Test
    void depletionChargeIsTheIntegralOfItsCapacitanceAcrossTheFcBoundary() {
        double cj0 = 1e-12;
        double vj = 0.8;
        double m = 0.4;
        double fc = 0.5;
        // trapezoidal integral of C from -2 V to 0.9 V (past fc vj = 0.4) against q(0.9) - q(-2)
        int steps = 200000;
        double a = -2;
        double b = 0.9;
        double h = (b - a) / steps;
        double sum = 0;
        for (int k = 0; k <= steps; k++) {
            double w = (k == 0 || k == steps) ? 0.5 : 1.0;
            sum += w * Junction.depletionCapacitance(a + k * h, cj0, vj, m, fc);
        }
        double integral = sum * h;
        double dq = Junction.depletionCharge(b, cj0, vj, m, fc) - Junction.depletionCharge(a, cj0, vj, m, fc);
        // trapezoid error ~ h^2 (b - a) max|C''| / 12 ~ 1e-21 C here; bound 1e-9 relative
        assertEquals(dq, integral, 1e-9 * Math.abs(dq));
        double vb = fc * vj;
        assertEquals(Junction.depletionCapacitance(Math.nextDown(vb), cj0, vj, m, fc),
                Junction.depletionCapacitance(vb, cj0, vj, m, fc), 1e-12 * cj0);
        assertEquals(Junction.depletionCharge(Math.nextDown(vb), cj0, vj, m, fc),
                Junction.depletionCharge(vb, cj0, vj, m, fc), 1e-12 * cj0);
    }

    @Test
    void exponentialContinuesLinearlyWithoutOverflow() {
        double a = Junction.MAX_EXP_ARG;
        assertEquals(Math.exp(a), Junction.exp(a));
        assertTrue(Double.isFinite(Junction.exp(1e6)));
        assertEquals(Junction.expDerivative(a + 5), (Junction.exp(a + 6) - Junction.exp(a + 4)) / 2, 1e-3 * Math.exp(a));
    }
}
