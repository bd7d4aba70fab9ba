package memspice.tools.amc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The INV circuit with wire parasitics ({@link Wires}, {@link InverseArray}, {@link WiredTheory}, {@link WireStudy}). */
class WiredInverseTest {

    static final OpampSpec MACRO = new OpampSpec(1e5, 16e6);
    static final double[][] MIXED = {{1, -.3, .2, .1}, {.1, .8, -.4, .2}, {-.2, .3, 1, .1}, {.2, .1, -.1, .9}};
    static final double[] B = {.5, -.2, .1, .3};

    @Test
    void withoutWiresTheNodalNetworkGivesTheAssociatedMatrix() {
        InverseCircuit c = new InverseCircuit(MIXED, B, 100e-6, MACRO, 0);
        WiredTheory w = new WiredTheory(c);
        InverseTheory t = new InverseTheory(c);
        double[] d = t.rowSums();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                // M_V = D^-1 A+, M_U = D^-1 A- exactly; one sparse LU solve of a 4-node diagonal system: rounding only.
                assertEquals(Math.max(MIXED[i][j], 0) / d[i], w.mv()[i][j], 1e-15, "M_V " + i + "," + j);
                assertEquals(Math.max(-MIXED[i][j], 0) / d[i], w.mu()[i][j], 1e-15, "M_U " + i + "," + j);
            }
        }
        // The same finite-gain answer as (A+ - k A- + D/A0) V = -b; two dense solves of a system with condition < 10: 1e-12.
        assertTrue(InverseTheory.relativeError(w.finiteGain(), t.finiteGain()) < 1e-12);
        double[][] ew = w.associatedEigenvalues();
        double[][] et = t.associatedEigenvalues();
        for (int k = 0; k < 4; k++) {
            // eig(M_V - M_U) = eig(D^-1 G): the same matrix to rounding, eigenvalues well separated: 1e-12.
            assertEquals(et[0][k], ew[0][k], 1e-12);
            assertEquals(et[1][k], ew[1][k], 1e-12);
        }
    }

    @Test
    void singleCellMatchesItsClosedForm() throws Exception {
        // One cell a G0 in series with one row and one column segment R: V = -(b/a)(1 + 2 R a G0) with nullors.
        double a = 0.5;
        double b = 0.2;
        double g0 = 1e-4;
        double r = 7;
        InverseCircuit c = new InverseCircuit(new double[][] {{a}}, new double[] {b}, g0, OpampSpec.ideal(), 0, new Wires(r, 0));
        double expected = -(b / a) * (1 + 2 * r * a * g0);
        InverseStudy.Result res = InverseStudy.run(c, false, 1e-3);
        // A linear circuit solved directly (simulator) and by the nodal model: rounding of a 3-node system, 1e-12 relative.
        assertEquals(expected, res.circuitV()[0], 1e-12 * Math.abs(expected));
        assertEquals(expected, new WiredTheory(c).ideal()[0], 1e-12 * Math.abs(expected));
        // And the error against the ideal -b/a is the series wire resistance over the cell's: 2 R a G0 = 7e-4.
        assertEquals(2 * r * a * g0, res.errorVsIdeal(), 1e-12);
    }

    @Test
    void simulatedWiredCircuitMatchesTheNodalModel() throws Exception {
        InverseCircuit c = new InverseCircuit(MIXED, B, 100e-6, MACRO, 0, new Wires(5, 1e-15));
        String deck = c.netlist(".op");
        assertTrue(deck.contains("rwr1_8 rw1_7 rw1_8 5.0"), "row wire continues through the A- array: 2N segments");
        assertTrue(deck.contains("rwm3_1 m3 mw1_3 5.0"), "A- column 3 driven by inverter 3 from the top");
        assertTrue(deck.contains("cc4_2 cw4_2 0 1.0E-15"), "segment capacitance at the cell end");
        InverseStudy.Result r = InverseStudy.run(c, false, 1e-3);
        System.out.printf("wired mixed INV (R=5 ohm): err vs ideal %.3e, vs nodal model %.3e, residual %.3e%n", r.errorVsIdeal(),
                r.errorVsFinite(), r.residual());
        // The simulator's MNA and the nodal model solve the same linear network (condition ~1e6 with 5-ohm segments
        // next to 10 k-ohm cells and A0 = 1e5), so they agree to rounding; the bound for linear equations is 1e-9.
        assertTrue(r.errorVsFinite() < 1e-9, "deviation from the wired nodal model " + r.errorVsFinite());
        assertTrue(r.residual() < 1e-9, "residual " + r.residual());
        // The IR drop is a real error, far above the finite-gain one (~1e-5 here).
        assertTrue(r.errorVsIdeal() > 1e-4, "wire error " + r.errorVsIdeal());
    }

    @Test
    void zeroWireResistanceGivesTheNoWireAnswerAndSmallResistanceIsFirstOrder() throws Exception {
        double[][] a = WireStudy.matrix("fixed", 6, 3, 0.5);
        double[] b = WireStudy.rhs(a, 3);
        InverseStudy.Result plain = InverseStudy.run(new InverseCircuit(a, b, 100e-6, MACRO, 0), false, 1e-3);
        List<WireStudy.Row> rows = WireStudy.run(a, b, 100e-6, List.of(MACRO), new double[] {0}, 1e-15);
        InverseStudy.Result zero = InverseStudy.run(new InverseCircuit(a, b, 100e-6, MACRO, 0, new Wires(0, 1e-15)), false, 1e-3);
        // 0 ohm: the cells join the op-amp nodes (capacitance lumped, no DC effect): the no-wire answer to rounding, 1e-12.
        assertTrue(InverseTheory.relativeError(zero.circuitV(), plain.circuitV()) < 1e-12);
        assertEquals(plain.errorVsIdeal(), rows.get(0).errorSim(), 1e-12);
        // As R -> 0 the wired answer tends to the no-wire one linearly: the model's deviation at 1 and 2 milliohm
        // doubles (second-order terms are ~R G0 N ~ 1e-6 relative of the first-order one; 1e-4 leaves room for rounding).
        double[] fg = new InverseTheory(new InverseCircuit(a, b, 100e-6, MACRO, 0)).finiteGain();
        double d1 = InverseTheory.relativeError(new WiredTheory(new InverseCircuit(a, b, 100e-6, MACRO, 0, new Wires(1e-3, 0))).finiteGain(), fg);
        double d2 = InverseTheory.relativeError(new WiredTheory(new InverseCircuit(a, b, 100e-6, MACRO, 0, new Wires(2e-3, 0))).finiteGain(), fg);
        System.out.printf("wired model deviation from no-wire: %.6e at 1 mohm, %.6e at 2 mohm (ratio %.6f)%n", d1, d2, d2 / d1);
        assertEquals(2, d2 / d1, 1e-4);
    }

    @Test
    void errorGrowsMonotonicallyWithWireResistance() throws Exception {
        double[][] a = WireStudy.matrix("fixed", 8, 1, 0.5);
        double[] b = WireStudy.rhs(a, 1);
        List<WireStudy.Row> rows = WireStudy.run(a, b, 100e-6, List.of(OpampSpec.ideal(), MACRO), new double[] {0, 1, 2, 3, 4, 5}, 0);
        for (int k = 0; k < rows.size(); k++) {
            WireStudy.Row r = rows.get(k);
            System.out.printf("N=8 %s R=%.0f: err %.4e (model %.4e)%n", r.opamps(), r.rwire(), r.errorSim(), r.errorModel());
            // Simulator vs nodal model, both direct solves of one linear network: 1e-9 (the linear bound).
            assertTrue(r.simVsModel() < 1e-9, "sim vs model " + r.simVsModel());
            if (k % 6 > 0) {
                // Strictly increasing: each ohm adds an IR drop of ~1e-3 relative here, far above rounding.
                assertTrue(r.errorSim() > rows.get(k - 1).errorSim() * 1.2, "error at " + r.rwire() + " ohm not above the previous");
            }
        }
        // With nullors the 0-ohm circuit is exact (rounding only, 1e-12).
        assertTrue(rows.get(0).errorSim() < 1e-12);
    }

    @Test
    void fullLinearisationWithWireCapacitanceTendsToTheResistiveOneAsCapacitanceVanishes() {
        double tp = 1e5 / (2 * Math.PI * 16e6);
        InverseCircuit c15 = new InverseCircuit(MIXED, B, 100e-6, MACRO, 0, new Wires(5, 1e-15));
        double slowest = new WiredTheory(c15).dynamicsEigenvalues()[0][0] / tp;
        assertEquals(4 * 8 + 4 * 4 * 2 + 2 * 4, WiredDynamics.states(c15), "row nodes 4 x 2N, column nodes 2 x N^2, 2N op-amps");
        double d15 = WiredDynamics.eigenvalues(c15)[0][0] / slowest - 1;
        double d16 = WiredDynamics.eigenvalues(new InverseCircuit(MIXED, B, 100e-6, MACRO, 0, new Wires(5, 1e-16)))[0][0] / slowest - 1;
        System.out.printf("slowest mode shift by wire capacitance: %.4e at 1 fF, %.4e at 0.1 fF (ratio %.3f)%n", d15, d16, d15 / d16);
        // The capacitance on the rows (8 segments x C through the cells, ~3 k-ohm) lags the op-amp loop by ~R C / tau:
        // a first-order shift, so 10 x the capacitance gives 10 x the shift. Second order is ~d15 = 6e-4 of it; the
        // eigen-solver's rounding on rates up to 1/(R C) ~ 2e15 /s measured ~1e-6 relative (it dominates below 10 aF),
        // 2 % of the 0.1 fF shift: 5 % covers both.
        assertEquals(10, d15 / d16, 0.5);
        assertTrue(Math.abs(d15) < 1e-3, "1 fF moves the slowest mode by " + d15);
    }

    @Test
    void wireCapacitanceThatDestabilisesTheLoopIsRefusedAndReallyGrows() throws Exception {
        double[][] a = {{1, .2, .5}, {.3, .9, .1}, {.4, .2, 1.1}};
        double[] b = {.2, -.1, .3};
        // 1 k-ohm, 10 pF segments put 10 ns RC lags into the 10 ns op-amp loop: a complex pair crosses to the right half-plane.
        InverseCircuit bad = new InverseCircuit(a, b, 100e-6, MACRO, 0, new Wires(1e3, 10e-12));
        double[][] full = WiredDynamics.eigenvalues(bad);
        assertTrue(full[0][0] < 0 && full[1][0] != 0, "a growing oscillation: " + full[0][0] + " " + full[1][0]);
        // the resistive-only verdict cannot see it: the wired associated matrix is still stable
        assertTrue(new WiredTheory(bad).dynamicsEigenvalues()[0][0] > 0);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> InverseStudy.run(bad, false, 1e-3));
        assertTrue(e.getMessage().contains("wire capacitance"), e.getMessage());
        // simulated anyway: the deviation from the operating point grows as the growth rate -Re(lambda) says
        double growth = -full[0][0];
        double stop = 12 / growth;
        String deck = bad.withRiseTime(1e-9).netlist(".options reltol=1e-6", ".tran " + OpampSpec.num(stop / 4000) + " "
                + OpampSpec.num(stop) + " 0 " + OpampSpec.num(stop / 4000));
        memspice.output.ResultTable t = CircuitRun.run("unstable.cir", deck).table("tran");
        double vfinal = new WiredTheory(bad).finiteGain()[0];
        int col = t.indexOf("v(c1)").orElseThrow();
        int time = t.indexOf("time").orElseThrow();
        double early = 0;
        double late = 0;
        for (int k = 0; k < t.rowCount(); k++) {
            double tk = t.value(k, time);
            double d = Math.abs(t.value(k, col) - vfinal);
            if (tk > 4 / growth && tk < 6 / growth) {
                early = Math.max(early, d);
            } else if (tk > 10 / growth) {
                late = Math.max(late, d);
            }
        }
        System.out.printf("unstable wired INV: growth %.3g /s, deviation %.3e at 4..6 growth times, %.3e after 10%n", growth, early, late);
        // 5 growth times apart: e^5 = 148 if the mode grows as predicted (until the unlimited op-amps' states dwarf
        // everything); a factor 20 shows growth beyond doubt while allowing for the envelope's phase.
        assertTrue(late > 20 * early, "deviation " + early + " -> " + late);
    }
}
