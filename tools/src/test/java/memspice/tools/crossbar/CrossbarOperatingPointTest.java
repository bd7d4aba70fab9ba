package memspice.tools.crossbar;

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

/**
 * A generated crossbar netlist solved by memspice (MNA + sparse LU) against an independent nodal
 * solve (MTJ conjugate gradients, relative residual 1e-14). Agreement bound 1e-9 relative, floor
 * 1e-12 V / 1e-15 A: the standard for linear circuits; both solutions are accurate to
 * cond(A) times its residual: cond is ~1e4 here (chains of 1 S wires grounded at one end, m = 40),
 * so CG at 1e-14 is good to ~1e-10 and the LU to ~1e-12.
 */
class CrossbarOperatingPointTest {

    @Test
    void matchesIndependentNodalSolve() throws Exception {
        CrossbarSpec spec = CrossbarSpec.random(24, 40, 1e-6, 1e-4, 0.2, 1.0, 7);
        StringWriter w = new StringWriter();
        CrossbarNetlist.write(spec, w, ".op");
        TableSink sink = new TableSink();
        var netlist = NetlistParser.parse(Path.of("xbar.cir"), DeckReader.read("xbar.cir", w.toString()));
        assertTrue(Simulator.run(netlist, sink, new RunStatistics()).succeeded());
        ResultTable op = sink.first("op");
        NodalCrossbarSolver.Solution ref = NodalCrossbarSolver.solve(spec, 1e-14);
        for (int i = 0; i < spec.rows(); i++) {
            for (int j = 0; j < spec.columns(); j++) {
                close(ref.row()[i][j], cell(op, "v(r" + i + "_" + j + ")"), 1e-12);
                close(ref.col()[i][j], cell(op, "v(c" + i + "_" + j + ")"), 1e-12);
            }
        }
        for (int j = 0; j < spec.columns(); j++) {
            close(ref.columnCurrent()[j], cell(op, "i(vout" + j + ")"), 1e-15);
        }
    }

    private static double cell(ResultTable t, String name) {
        return t.value(0, t.indexOf(name).orElseThrow(() -> new AssertionError("no " + name)));
    }

    private static void close(double expected, double actual, double floor) {
        assertEquals(expected, actual, 1e-9 * Math.max(Math.abs(expected), Math.abs(actual)) + floor);
    }
}
