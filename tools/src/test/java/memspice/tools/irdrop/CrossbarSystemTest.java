package memspice.tools.irdrop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.DeckReader;
import memspice.netlist.NetlistParser;
import memspice.output.ResultTable;
import memspice.output.TableSink;
import memspice.tools.crossbar.CrossbarNetlist;
import memspice.tools.crossbar.CrossbarSpec;

/**
 * The in-memory nodal crossbar against the text-netlist path (netlist written, parsed, elaborated
 * and solved by memspice's MNA operating point). Both are direct LU solves of the same linear
 * circuit; their results differ by rounding amplified by the condition number (~1e5 for chains of
 * 1 S wires loaded by uS cells, so ~1e-11 relative). The bound 1e-9 relative (floors 1e-12 V,
 * 1e-15 A for values that are near zero) is the standard for linear cells.
 */
class CrossbarSystemTest {

    private static final double REL = 1e-9;

    @Test
    void matchesCrossbarNetlistOperatingPoint() throws Exception {
        CrossbarSpec spec = CrossbarSpec.random(12, 17, 1e-6, 1e-4, 0.2, 1.0, 11);
        StringWriter w = new StringWriter();
        CrossbarNetlist.write(spec, w, ".op");
        ResultTable op = simulate(w.toString());
        CrossbarSystem sys = CrossbarSystem.build(spec.conductance(), Wiring.uniform(1.0));
        double[] v = sys.nodeVoltages(spec.inputs());
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 17; j++) {
                close(value(op, "v(r" + i + "_" + j + ")"), v[sys.rowNode(i, j)], 1e-12);
                close(value(op, "v(c" + i + "_" + j + ")"), v[sys.columnNode(i, j)], 1e-12);
            }
        }
        double[] y = new double[17];
        sys.columnCurrents(spec.inputs(), y);
        for (int j = 0; j < 17; j++) {
            close(value(op, "i(vout" + j + ")"), y[j], 1e-15);
        }
    }

    @Test
    void driverResistanceAndTwoSidedMatchNetlist() throws Exception {
        CrossbarSpec spec = CrossbarSpec.random(9, 14, 2e-6, 3e-4, 0.3, 1.0, 5);
        for (boolean both : new boolean[] {false, true}) {
            Wiring wiring = new Wiring(1.5, 0.7, 40, both, both, both ? 5 : 0);
            CrossbarSystem sys = CrossbarSystem.build(spec.conductance(), wiring);
            StringWriter w = new StringWriter();
            IrDropNetlist.write(sys, spec.inputs(), w, ".op");
            ResultTable op = simulate(w.toString());
            double[] y = new double[14];
            sys.columnCurrents(spec.inputs(), y);
            for (int j = 0; j < 14; j++) {
                double expected = value(op, "i(vout" + j + ")") + (both ? value(op, "i(vtop" + j + ")") : 0);
                close(expected, y[j], 1e-15);
            }
            double[] v = sys.nodeVoltages(spec.inputs());
            for (int i = 0; i < 9; i++) {
                close(value(op, "v(r" + i + "_" + 13 + ")"), v[sys.rowNode(i, 13)], 1e-12);
                close(value(op, "v(c" + i + "_" + 0 + ")"), v[sys.columnNode(i, 0)], 1e-12);
            }
            // Power delivered by the sources, from the netlist's source currents (into + terminal).
            double delivered = 0;
            for (int i = 0; i < 9; i++) {
                delivered -= spec.inputs()[i] * value(op, "i(vin" + i + ")");
            }
            CrossbarSystem.Power p = sys.power(spec.inputs());
            close(delivered, p.total(), 1e-18);
            // Wire power summed segment by segment from the netlist's node voltages (independent of
            // power()'s balance); rounding of the difference total - cells is ~1e-16 of total.
            close(wirePower(op, spec, wiring), p.wires(), 1e-16 * p.total() / REL);
        }
    }

    @Test
    void effectiveMatrixMatchesUnitInputSimulationsAndIsLinear() throws Exception {
        CrossbarSpec spec = CrossbarSpec.random(8, 11, 1e-6, 1e-4, 0.2, 2.5, 3);
        Wiring wiring = new Wiring(2.5, 2.5, 10, false, false);
        CrossbarSystem sys = CrossbarSystem.build(spec.conductance(), wiring);
        double[][] geff = sys.effectiveMatrix();
        for (int row : new int[] {0, 7}) {
            double[] unit = new double[8];
            unit[row] = 1;
            StringWriter w = new StringWriter();
            IrDropNetlist.write(sys, unit, w, ".op");
            ResultTable op = simulate(w.toString());
            for (int j = 0; j < 11; j++) {
                close(value(op, "i(vout" + j + ")"), geff[row][j], 1e-15);
            }
        }
        // y = G_eff^T x for any x: one solve against the sum of 8 solves, equal up to rounding
        // (1e-12 relative: a few ulps times the 8 terms times cond of the triangular solves).
        double[] y = new double[11];
        sys.columnCurrents(spec.inputs(), y);
        double[] lin = new double[11];
        MvmStats.ideal(geff, spec.inputs(), lin);
        for (int j = 0; j < 11; j++) {
            assertEquals(lin[j], y[j], 1e-12 * Math.abs(y[j]));
            // IR drop only lowers the outputs of an all-positive array
            assertTrue(y[j] < idealOutput(spec, j));
        }
    }

    @Test
    void tiaReadoutMatchesCrossbarNetlistOpAmps() throws Exception {
        double rf = 10e3;
        double a0 = 1e3;    // a low gain, so the read-out's input resistance (~10 ohm) matters
        CrossbarSpec spec = CrossbarSpec.random(10, 13, 1e-6, 1e-4, 0.2, 1.0, 17)
                .with(CrossbarSpec.Wires.resistive(1.0), CrossbarSpec.Drive.dc(), CrossbarSpec.Readout.tia(rf, a0, 16e6));
        StringWriter w = new StringWriter();
        CrossbarNetlist.write(spec, w, ".op");
        ResultTable op = simulate(w.toString());
        Wiring wiring = new Wiring(1, 1, 0, false, false, Wiring.tia(rf, a0));
        CrossbarSystem sys = CrossbarSystem.build(spec.conductance(), wiring);
        double[] y = new double[13];
        sys.columnCurrents(spec.inputs(), y);
        double[] ideal = new double[13];
        CrossbarSystem.build(spec.conductance(), Wiring.uniform(1.0)).columnCurrents(spec.inputs(), ideal);
        for (int j = 0; j < 13; j++) {
            // the feedback resistor's current is the column current the amplifier reads
            double expected = (value(op, "v(out" + j + ")") - value(op, "v(tia" + j + ")")) / rf;
            close(expected, y[j], 1e-15);
            assertTrue(y[j] < ideal[j], "a finite-gain TIA reads less than a virtual ground");
        }
    }

    @Test
    void conjugateGradientsAgreeWithLu() throws Exception {
        CrossbarSpec spec = CrossbarSpec.random(40, 50, 1e-6, 1e-4, 0.2, 2.5, 8);
        Wiring wiring = new Wiring(2.5, 1.0, 20, true, true);
        CrossbarSystem lu = CrossbarSystem.build(spec.conductance(), wiring);
        CrossbarSystem cg = CrossbarSystem.build(spec.conductance(), wiring, CrossbarSystem.Solver.CG);
        double[] a = new double[50];
        double[] b = new double[50];
        lu.columnCurrents(spec.inputs(), a);
        cg.columnCurrents(spec.inputs(), b);
        assertTrue(cg.lastIterations() > 0);
        // CG stops at relative residual 1e-14; the solution error is at most cond(A) (~1e5 here)
        // times that, 1e-9: the same bound as the text-netlist comparison.
        for (int j = 0; j < 50; j++) {
            close(a[j], b[j], 1e-15);
        }
        double[] la = lu.adjoint(17);
        double[] lb = cg.adjoint(17);
        for (int k = 0; k < la.length; k++) {
            close(la[k], lb[k], 1e-12);
        }
    }

    private static double idealOutput(CrossbarSpec spec, int j) {
        double s = 0;
        for (int i = 0; i < spec.rows(); i++) {
            s += spec.conductance()[i][j] * spec.inputs()[i];
        }
        return s;
    }

    private static double wirePower(ResultTable op, CrossbarSpec spec, Wiring w) {
        int n = spec.rows();
        int m = spec.columns();
        double p = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j + 1 < m; j++) {
                double d = value(op, "v(r" + i + "_" + j + ")") - value(op, "v(r" + i + "_" + (j + 1) + ")");
                p += d * d / w.rowSegment();
            }
            double dl = spec.inputs()[i] - value(op, "v(r" + i + "_0)");
            p += dl * dl / (w.rowSegment() + w.driverResistance());
            if (w.twoSidedDrive()) {
                double dr = spec.inputs()[i] - value(op, "v(r" + i + "_" + (m - 1) + ")");
                p += dr * dr / (w.rowSegment() + w.driverResistance());
            }
        }
        for (int j = 0; j < m; j++) {
            for (int i = 0; i + 1 < n; i++) {
                double d = value(op, "v(c" + i + "_" + j + ")") - value(op, "v(c" + (i + 1) + "_" + j + ")");
                p += d * d / w.columnSegment();
            }
            double b = value(op, "v(c" + (n - 1) + "_" + j + ")");
            p += b * b / (w.columnSegment() + w.senseResistance());     // segment and read-out input
            if (w.twoSidedSense()) {
                double t = value(op, "v(c0_" + j + ")");
                p += t * t / (w.columnSegment() + w.senseResistance());
            }
        }
        return p;
    }

    static ResultTable simulate(String netlist) throws Exception {
        TableSink sink = new TableSink();
        var parsed = NetlistParser.parse(Path.of("xbar.cir"), DeckReader.read("xbar.cir", netlist));
        assertTrue(Simulator.run(parsed, sink, new RunStatistics()).succeeded());
        return sink.first("op");
    }

    private static double value(ResultTable t, String name) {
        return t.value(0, t.indexOf(name).orElseThrow(() -> new AssertionError("no " + name)));
    }

    private static void close(double expected, double actual, double floor) {
        assertEquals(expected, actual, REL * Math.max(Math.abs(expected), Math.abs(actual)) + floor);
    }
}
