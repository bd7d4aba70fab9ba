package memspice.tools.amc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Programmed memristor cells ({@link Programming}) and the INV circuit built on them. */
class ProgrammingTest {

    @Test
    void quantizationSnapsToTheNearestLevel() {
        double g0 = 100e-6;
        Programming p = new Programming(11, 10e-6, 110e-6, 0, 0);
        double[][] a = {{1, 0.26, -0.34}, {0.05, 0, 1.1}};
        double[][] q = p.apply(a, g0);
        // levels 10, 20, ..., 110 uS: 100 -> 100, 26 -> 30, 34 -> 30 (sign kept), 5 -> 10 (below GMIN), 0 stays empty, 110 -> 110.
        double[][] expected = {{1, 0.3, -0.3}, {0.1, 0, 1.1}};
        for (int i = 0; i < 2; i++) {
            // a level is gmin + k step in double arithmetic, then divided by G0: rounding only, 1e-12.
            assertArrayEquals(expected[i], q[i], 1e-12, "row " + i);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.apply(new double[][] {{1.2}}, g0));
        assertTrue(e.getMessage().contains("entry (1,1)") && e.getMessage().contains("GMAX"), e.getMessage());
    }

    @Test
    void variationIsSeededAndHasTheAskedSpread() {
        int n = 64;
        double[][] a = new double[n][n];
        for (double[] row : a) {
            java.util.Arrays.fill(row, 0.5);
        }
        Programming p = new Programming(0, 0, 0, 0.1, 42);
        double[][] x = p.apply(a, 1e-4);
        double[][] y = p.apply(a, 1e-4);
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            assertArrayEquals(x[i], y[i], 0, "same seed, same cells");
            for (int j = 0; j < n; j++) {
                double d = x[i][j] / a[i][j] - 1;
                sum += d;
                sum2 += d * d;
            }
        }
        int m = n * n;
        double mean = sum / m;
        double sd = Math.sqrt(sum2 / m - mean * mean);
        // 4096 draws of sigma z: the mean's standard error is 0.1/64 = 1.6e-3 (4 of them: 6.3e-3); the sample
        // standard deviation's relative standard error is 1/sqrt(2 * 4096) = 1.1 % (4.5 of them: 5 %).
        assertEquals(0, mean, 6.3e-3);
        assertEquals(0.1, sd, 0.005);
        assertTrue(p.apply(a, 1e-4)[0][0] != new Programming(0, 0, 0, 0.1, 43).apply(a, 1e-4)[0][0], "another seed, other cells");
    }

    @Test
    void programmedCircuitSolvesItsOwnMatrix() throws Exception {
        double[][] a = {{1, .2, .5}, {.3, .9, .1}, {.4, .2, 1.1}};
        double[] b = {.2, -.1, .3};
        double[][] cells = new Programming(8, 1e-6, 120e-6, 0.05, 7).apply(a, 100e-6);
        InverseStudy.Result r = InverseStudy.run(new InverseCircuit(cells, b, 100e-6, OpampSpec.ideal(), 0), a, false, 1e-3);
        System.out.printf("programmed INV (8 levels, 5 %% variation): error vs ideal %.3e, vs its own cells' answer %.3e%n",
                r.errorVsIdeal(), r.errorVsProgrammed());
        // Nullors: the circuit computes -A_cell^-1 b exactly (rounding, 1e-12) ...
        assertTrue(r.errorVsProgrammed() < 1e-12, "vs programmed " + r.errorVsProgrammed());
        // ... and the programming error is what separates it from -A^-1 b: 8 levels of 17 uS on 20..110 uS cells
        // move the answer by percent, far above rounding.
        assertTrue(r.errorVsIdeal() > 1e-3, "vs ideal " + r.errorVsIdeal());
        assertEquals(InverseTheory.relativeError(r.programmed(), r.ideal()), r.errorVsIdeal(), 1e-12);
    }

    @Test
    void memristorCellsAtTheirProgrammedStatesGiveTheResistorAnswer() throws Exception {
        double[][] a = {{1, .2, .5}, {.3, .9, .1}, {.4, .2, 1.1}};
        double[] b = {.2, -.1, .3};
        double[][] cells = new Programming(32, 1e-6, 110e-6, 0, 0).apply(a, 100e-6);
        Wires w = new Wires(2, 0);
        InverseCircuit mem = new InverseCircuit(cells, b, 100e-6, new OpampSpec(1e5, 16e6), 0, w, ArrayOptions.DEFAULT_YMODEL);
        assertTrue(mem.netlist(".op").contains("ymemristor rp2_3 rw2_3 cw2_3 mcell rinit="), "YMEMRISTOR cells in the deck");
        InverseStudy.Result rm = InverseStudy.run(mem, a, false, 1e-3);
        InverseStudy.Result rr = InverseStudy.run(new InverseCircuit(cells, b, 100e-6, new OpampSpec(1e5, 16e6), 0, w), a, false, 1e-3);
        double d = InverseTheory.relativeError(rm.circuitV(), rr.circuitV());
        System.out.printf("YMEMRISTOR cells vs resistor cells at the operating point: %.3e relative%n", d);
        // The HP model at x0 = (roff - rinit)/(roff - ron) has exactly R = rinit, but the device is nonlinear, so Newton
        // stops at its tolerance instead of solving once: VNTOL 1e-6 V against answers of 0.1 V or more, 1e-5 relative.
        assertTrue(d < 1e-5, "memristor vs resistor cells " + d);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> mem.ngspiceNetlist("opamps.lib", ".op"));
    }
}
