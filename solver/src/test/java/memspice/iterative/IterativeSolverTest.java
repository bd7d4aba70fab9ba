package memspice.iterative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.NetlistException;
import memspice.output.ResultTable;
import memspice.output.TableSink;
import memspice.testing.Netlists;

/**
 * {@code .options solver=iterative} against the direct LU on the same netlists. Every quantity is
 * compared with a bound of 1e-9 times the largest magnitude of its kind (node voltages, branch
 * currents): that is the agreement issue 7 asks of peer simulators at 64 x 64, and the iterative
 * answer must meet it against our own LU. The solver stops at a full-MNA relative residual of 1e-12;
 * the measured worst differences are 3e-13..6e-11 of the scale for voltages and 2e-11..1.7e-10 for
 * currents (a source current is a 1 S wire times a voltage difference, so the voltage error shows
 * up amplified), so 1e-9 fails on a solver that stopped early (a residual of 1e-9, say) while
 * leaving a factor 6 above the worst case measured. Each test also checks that the iterative
 * method really ran (CG iterations counted, no fallback) or, where it must not apply, that it fell
 * back with a warning.
 */
class IterativeSolverTest {

    /** An N x N crossbar as memspice crossbar writes it: 1 ohm segments, cells 1-100 uS, 0 V column sources. */
    static String crossbar(int n, String options) {
        Random rnd = new Random(n);
        StringBuilder b = new StringBuilder("crossbar ").append(n).append('\n');
        for (int i = 0; i < n; i++) {
            b.append("vin").append(i).append(" in").append(i).append(" 0 dc ").append(0.2 * rnd.nextDouble()).append('\n');
            b.append("rri").append(i).append(" in").append(i).append(" r").append(i).append("_0 1\n");
            for (int j = 0; j + 1 < n; j++) {
                b.append("rr").append(i).append('_').append(j).append(" r").append(i).append('_').append(j)
                        .append(" r").append(i).append('_').append(j + 1).append(" 1\n");
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double g = 1e-6 + (1e-4 - 1e-6) * rnd.nextDouble();
                b.append("rx").append(i).append('_').append(j).append(" r").append(i).append('_').append(j)
                        .append(" c").append(i).append('_').append(j).append(' ').append(1 / g).append('\n');
            }
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i + 1 < n; i++) {
                b.append("rc").append(i).append('_').append(j).append(" c").append(i).append('_').append(j)
                        .append(" c").append(i + 1).append('_').append(j).append(" 1\n");
            }
            b.append("rco").append(j).append(" c").append(n - 1).append('_').append(j).append(" out").append(j)
                    .append(" 1\nvout").append(j).append(" out").append(j).append(" 0 dc 0\n");
        }
        return b.append(options).append("\n.op\n.end\n").toString();
    }

    /** A 30 x 30 resistor mesh (random 10 ohm..10 kohm), leaks to ground, current and grounded voltage sources. */
    static String mesh(String extra) {
        return mesh(30, extra);
    }

    /** An n x n mesh of 10 ohm - 10 kohm resistors with sources near the corners (n >= 30). */
    static String mesh(int n, String extra) {
        Random rnd = new Random(7);
        StringBuilder b = new StringBuilder("mesh\n");
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (j + 1 < n) {
                    b.append("rh").append(i).append('_').append(j).append(" m").append(i).append('_').append(j)
                            .append(" m").append(i).append('_').append(j + 1).append(' ').append(10 + 9990 * rnd.nextDouble()).append('\n');
                }
                if (i + 1 < n) {
                    b.append("rv").append(i).append('_').append(j).append(" m").append(i).append('_').append(j)
                            .append(" m").append(i + 1).append('_').append(j).append(' ').append(10 + 9990 * rnd.nextDouble()).append('\n');
                }
                if (rnd.nextDouble() < 0.1) {
                    b.append("rg").append(i).append('_').append(j).append(" m").append(i).append('_').append(j).append(" 0 1meg\n");
                }
            }
        }
        b.append("v1 m0_0 0 1.5\nv2 m").append(n - 1).append('_').append(n - 1).append(" 0 -0.7\nv3 m15_3 0 0.25\ni1 0 m7_20 2m\ni2 m22_11 0 0.5m\n");
        return b.append(extra).append("\n.op\n.end\n").toString();
    }

    private record Run(ResultTable table, RunStatistics stats, Simulator.Report report) {
    }

    private static Run run(String text) throws Exception {
        TableSink sink = new TableSink();
        RunStatistics stats = new RunStatistics();
        Simulator.Report r = Simulator.run(Netlists.parse(text), sink, stats);
        assertTrue(r.succeeded(), () -> r.failures().toString());
        return new Run(sink.tables().get(0), stats, r);
    }

    private static boolean warned(Run r) {
        return r.report().warnings().stream().anyMatch(w -> w.message().contains("iterative solver"));
    }

    /** Largest difference per kind (v(...) / i(...)) over the largest magnitude of that kind. */
    private static void assertAgree(ResultTable direct, ResultTable iterative, double bound) {
        for (String kind : new String[] {"v(", "i("}) {
            double scale = 0;
            double worst = 0;
            for (int row = 0; row < direct.rowCount(); row++) {
                for (int c = 0; c < direct.columnCount(); c++) {
                    String name = direct.columns().get(c).name();
                    if (!name.startsWith(kind)) {
                        continue;
                    }
                    double d = direct.value(row, c);
                    // same netlist, same column order: checked by name, looked up only if it differs
                    int ic = iterative.columns().get(c).name().equals(name) ? c : iterative.indexOf(name).orElseThrow();
                    double it = iterative.value(row, ic);
                    scale = Math.max(scale, Math.abs(d));
                    worst = Math.max(worst, Math.abs(d - it));
                }
            }
            assertTrue(scale > 0, kind);
            assertTrue(worst <= bound * scale, kind + " worst difference " + worst + " of scale " + scale);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {32, 64})
    void crossbarMatchesTheDirectLu(int n) throws Exception {
        Run direct = run(crossbar(n, ".options solver=direct"));
        Run iterative = run(crossbar(n, ".options solver=iterative"));
        assertTrue(iterative.stats().counter("cg iterations") > 0, "CG ran");
        assertFalse(warned(iterative), () -> iterative.report().warnings().toString());
        assertEquals(0, direct.stats().counter("cg iterations"));
        // see the class comment: 1e-9 of the scale per kind
        assertAgree(direct.table(), iterative.table(), 1e-9);
    }

    @Test
    void autoKeepsTheLuForSmallCircuits() throws Exception {
        // solver=auto (the default) tries CG only from LinearSolver.AUTO_TRY_MIN_UNKNOWNS = 4096
        Run r = run(crossbar(32, ""));                    // 2176 unknowns
        assertEquals(0, r.stats().counter("cg iterations"));
        assertEquals(1, r.stats().counter("factorizations"));
    }

    @Test
    void autoTriesCgFromFourThousandUnknownsToTheTighterResidual() throws Exception {
        Run direct = run(crossbar(48, ".options solver=direct"));   // 4800 unknowns
        Run auto = run(crossbar(48, ""));
        assertTrue(auto.stats().counter("cg iterations") > 0, "CG ran");
        assertEquals(0, auto.stats().counter("iterative fallbacks"));
        assertEquals(0, auto.stats().counter("factorizations"), "no LU");
        assertFalse(warned(auto), () -> auto.report().warnings().toString());
        // residual 1e-14 (not 1e-12): measured 4.3e-13 (voltages) and 7.8e-12 (currents) of the scale
        // here; 5e-11 is 100x tighter than the 1e-9 the class comment justifies for 1e-12 and fails
        // for an answer stopped at 1e-12 on the larger arrays (up to 4e-10 measured at 128 x 128).
        assertAgree(direct.table(), auto.table(), 5e-11);
    }

    @Test
    void autoTrialFallsBackToTheLuQuietly() throws Exception {
        // a 70 x 70 mesh (4900 node unknowns) with a VCVS: unsymmetric, CG does not apply. auto's trial
        // gives way to the LU without a warning (the user asked for nothing), counted in the stats.
        String e = "e1 m4_4 0 m9_9 0 0.5\n";
        Run direct = run(mesh(70, e + ".options solver=direct"));
        Run auto = run(mesh(70, e));
        assertEquals(1, auto.stats().counter("iterative fallbacks"));
        assertFalse(warned(auto), () -> auto.report().warnings().toString());
        assertAgree(direct.table(), auto.table(), 1e-14);   // the same LU: equal to rounding
    }

    @Test
    void meshWithCurrentAndGroundedSourcesMatchesTheDirectLu() throws Exception {
        Run direct = run(mesh(".options solver=direct"));
        Run iterative = run(mesh(".options solver=iterative"));
        assertTrue(iterative.stats().counter("cg iterations") > 0, "CG ran");
        assertFalse(warned(iterative), () -> iterative.report().warnings().toString());
        assertAgree(direct.table(), iterative.table(), 1e-9);
    }

    @Test
    void transientOfAnRcMeshUsesGPlusAlphaC() throws Exception {
        String caps = ".options solver=%s\nc1 m5_5 0 1n\nc2 m20_9 0 2n\nc3 m12_25 m13_25 0.5n\n"
                + "i3 0 m3_27 pulse(0 1m 0.5u 0.1u 0.1u 1u 10u)\n.tran 0.1u 2u";
        Run direct = run(mesh(String.format(caps, "direct")));
        Run iterative = run(mesh(String.format(caps, "iterative")));
        assertTrue(iterative.stats().counter("cg iterations") > 0, "CG ran");
        assertFalse(warned(iterative));
        // same time points (same LTE decisions from answers equal to 1e-11), so rows compare directly
        assertEquals(direct.table().rowCount(), iterative.table().rowCount());
        assertAgree(direct.table(), iterative.table(), 1e-9);
    }

    @Test
    void controlledSourceFallsBackToTheLuWithAWarning() throws Exception {
        // a VCVS makes the nodal matrix unsymmetric: CG does not apply
        String e = "e1 m4_4 0 m9_9 0 0.5\n.options solver=iterative";
        Run direct = run(mesh(e.replace("iterative", "direct")));
        Run iterative = run(mesh(e));
        assertTrue(iterative.report().warnings().stream().anyMatch(w -> w.message().contains("not symmetric")),
                () -> iterative.report().warnings().toString());
        assertEquals(1, iterative.stats().counter("iterative fallbacks"));
        // after the fallback it is the same LU: equal to rounding
        assertAgree(direct.table(), iterative.table(), 1e-14);
    }

    @Test
    void notConvergingInTheBudgetFallsBackToTheLu() throws Exception {
        // 2 CG iterations cannot reach 1e-12 (the 32 x 32 crossbar needs 6)
        Run direct = run(crossbar(32, ".options solver=direct"));
        Run iterative = run(crossbar(32, ".options solver=iterative itlcg=2"));
        assertTrue(iterative.report().warnings().stream().anyMatch(w -> w.message().contains("relative residual")
                && w.message().contains("using the direct LU")), () -> iterative.report().warnings().toString());
        assertEquals(1, iterative.stats().counter("iterative fallbacks"));
        assertEquals(2, iterative.stats().counter("cg iterations"));
        // the answer is the LU's: equal to rounding
        assertAgree(direct.table(), iterative.table(), 1e-14);
    }

    @Test
    void floatingVoltageSourceFallsBackToo() throws Exception {
        Run iterative = run(mesh("vf m2_2 m3_3 0.1\n.options solver=iterative"));
        // its branch row stays in the nodal system with a zero diagonal: no positive chain pivot
        assertTrue(iterative.report().warnings().stream().anyMatch(w -> w.message().contains("not positive definite")),
                () -> iterative.report().warnings().toString());
    }

    @Test
    void unknownSolverIsRefused() {
        NetlistException e = assertThrows(NetlistException.class, () -> run(mesh(".options solver=multigrid")));
        assertTrue(e.getMessage().contains("solver"), e.getMessage());
    }
}
