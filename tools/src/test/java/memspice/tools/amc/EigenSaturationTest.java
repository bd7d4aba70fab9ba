package memspice.tools.amc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The EGV circuit with op-amp rails ({@link EigenSaturation}): growth, saturation, settled outputs. */
class EigenSaturationTest {

    static final double[][] A = {{2, 1, .5}, {1, 3, 1}, {.5, 1, 2}};
    static final double[] ONES = {1, 1, 1};

    private static EigenCircuit circuit(double a0, double f) {
        double lambda = new EigenTheory(new EigenCircuit(A, 1e-4, 1e-4, new OpampSpec(a0, 16e6), ONES, 1e-3, 1)).dominant()[0];
        return new EigenCircuit(A, f * lambda * 1e-4, 1e-4, new OpampSpec(a0, 16e6), ONES, 1e-3, 1, new Rails(-1, 1));
    }

    @Test
    void hardRailFixedPointSatisfiesItsEquation() {
        EigenCircuit c = circuit(1e5, 0.99);
        double[] x = java.util.Arrays.copyOfRange(new EigenTheory(c).dominant(), 1, 4);
        double[] v = EigenSaturation.fixedPoint(c, x, 1);
        double gl = c.gLambda() / c.g0();
        int atRail = 0;
        for (int i = 0; i < 3; i++) {
            double s = 0;
            for (int j = 0; j < 3; j++) {
                s += A[i][j] * v[j];
            }
            // v = clip(A v / gl, -1, 1): the polished free components solve their linear equations exactly (rounding, 1e-12)
            assertEquals(Math.max(-1, Math.min(1, s / gl)), v[i], 1e-12, "component " + i);
            atRail += v[i] == 1 ? 1 : 0;
        }
        assertEquals(1, atRail, "the largest (middle) component is held at the rail, the others are free");
    }

    @Test
    void saturatedOutputsSettleAtTheHardRailFixedPointAsTheGainGrows() throws Exception {
        EigenSaturation.Result hi = EigenSaturation.run(circuit(1e5, 0.99), 1e-4);
        EigenSaturation.Result lo = EigenSaturation.run(circuit(1e4, 0.99), 1e-4);
        System.out.printf("EGV rails: dir err %.3e (fixed point's own %.3e), vs fixed point %.3e (A0=1e5) %.3e (A0=1e4), drift %.2e%n",
                hi.directionError(), hi.predictedDirectionError(), hi.predictedError(), lo.predictedError(), hi.drift());
        assertTrue(hi.output()[1] > 0.99, "the middle output sits at the 1 V rail: " + hi.output()[1]);
        // Finite gain leaves each op-amp input ~|v|/A0 off virtual ground and the saturated outputs within ~VSOFT ln(.)/A0
        // of the rail (RailLimiter), so the settled state tends to the infinite-gain hard-rail fixed point like 1/A0,
        // up to the limiter's logarithm (which makes the ratio smaller than 10): a factor 10 in A0 gives 5..15.
        double ratio = lo.predictedError() / hi.predictedError();
        assertTrue(ratio > 5 && ratio < 15, "error ratio for A0 1e4 -> 1e5: " + ratio);
        // Normalising: |dir error - fixed point's dir error| <= ||unit(v) - unit(fixed)||_inf <= 2 sqrt(N) ||v - fixed|| / ||fixed||.
        assertTrue(Math.abs(hi.directionError() - hi.predictedDirectionError()) <= 2 * Math.sqrt(3) * hi.predictedError());
        // The rails are the method's error at this G_lambda: percent-level at F = 0.99 (the linear growing mode's is 4e-4).
        assertTrue(hi.predictedDirectionError() > 1e-3, "rail error " + hi.predictedDirectionError());
    }

    @Test
    void eigenCommandWithRailsReportsTheSaturatedOutput(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path a = java.nio.file.Files.writeString(dir.resolve("A.csv"), "2,1,0.5\n1,3,1\n0.5,1,2\n");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int rc = memspice.tools.cli.Main.execute(new String[] {"amc", "eigen", "--matrix", a.toString(), "--rails", "-1,1"},
                new java.io.PrintStream(out, true), new java.io.PrintStream(err, true));
        assertEquals(memspice.tools.cli.Main.OK, rc, err.toString());
        assertTrue(out.toString().contains("normalised saturated output vs the eigenvector: 7.99"), out.toString());
        rc = memspice.tools.cli.Main.execute(new String[] {"amc", "eigen", "--matrix", a.toString(), "--rails", "1,2"},
                new java.io.PrintStream(out, true), new java.io.PrintStream(err, true));
        assertEquals(memspice.tools.cli.Main.BAD_INPUT, rc);
        assertTrue(err.toString().contains("--rails VOL,VOH needs VOL < 0 < VOH"), err.toString());
    }

    @Test
    void linearStudyRefusesRails() {
        assertThrows(IllegalArgumentException.class, () -> EigenStudy.run(circuit(1e5, 0.99), 1e-4));
        assertThrows(IllegalArgumentException.class, () -> new Rails(1, 2));
    }
}
