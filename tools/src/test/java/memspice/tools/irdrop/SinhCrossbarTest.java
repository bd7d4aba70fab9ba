package memspice.tools.irdrop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import memspice.output.ResultTable;
import memspice.tools.crossbar.CrossbarSpec;

/**
 * Sinh-cell arrays solved in memory (Newton on the nodal system) against the text-netlist path with
 * behavioural B-source cells, solved by memspice's own Newton with tight .options. The issue's
 * bound for nonlinear cells is 1e-6 relative; both Newton iterations stop far below it (ours at
 * 1e-9 relative voltage change, quadratically convergent; the netlist's at reltol 1e-9).
 */
class SinhCrossbarTest {

    @Test
    void matchesBehaviouralNetlist() throws Exception {
        CrossbarSpec spec = CrossbarSpec.random(10, 12, 1e-6, 1e-4, 0.4, 1.0, 21);
        Wiring wiring = new Wiring(2.0, 1.0, 10, true, false);
        SinhCrossbar xb = new SinhCrossbar(spec.conductance(), wiring, 5.0, CrossbarSystem.Solver.LU);
        StringWriter w = new StringWriter();
        IrDropNetlist.write(xb, spec.inputs(), w, ".options reltol=1e-9 vntol=1e-15 abstol=1e-18", ".op");
        ResultTable op = CrossbarSystemTest.simulate(w.toString());
        double[] y = new double[12];
        xb.columnCurrents(spec.inputs(), y);
        assertTrue(xb.lastIterations() >= 3, "a nonlinear solve takes several Newton steps");
        double[] lin = new double[12];
        CrossbarSystem.build(spec.conductance(), wiring).columnCurrents(spec.inputs(), lin);
        for (int j = 0; j < 12; j++) {
            double expected = op.value(0, op.indexOf("i(vout" + j + ")").orElseThrow());
            assertEquals(expected, y[j], 1e-6 * Math.abs(expected));
            // at up to 0.4 V and b = 5/V the sinh cells conduct visibly more than the linear ones
            assertTrue(y[j] > lin[j] * 1.01, "column " + j);
        }
        double[] v = xb.nodeVoltages(spec.inputs());
        for (int i = 0; i < 10; i++) {
            double expected = op.value(0, op.indexOf("v(c" + i + "_5)").orElseThrow());
            assertEquals(expected, v[xb.system().columnNode(i, 5)], 1e-6 * Math.abs(expected) + 1e-12);
        }
    }

    @Test
    void weakNonlinearityIsTheLinearArray() throws Exception {
        CrossbarSpec spec = CrossbarSpec.random(7, 9, 1e-6, 1e-4, 0.2, 1.0, 2);
        Wiring wiring = Wiring.uniform(1.5);
        SinhCrossbar xb = new SinhCrossbar(spec.conductance(), wiring, 1e-6, CrossbarSystem.Solver.CG);
        double[] y = new double[9];
        xb.columnCurrents(spec.inputs(), y);
        double[] lin = new double[9];
        CrossbarSystem.build(spec.conductance(), wiring).columnCurrents(spec.inputs(), lin);
        for (int j = 0; j < 9; j++) {
            // sinh(bV)/b = V (1 + (bV)^2/6 + ..): 1e-14 relative at b = 1e-6/V, V <= 0.2 V; CG at
            // residual 1e-14 with cond ~1e4 adds ~1e-10. Bound 1e-9.
            assertEquals(lin[j], y[j], 1e-9 * Math.abs(lin[j]));
        }
    }
}
