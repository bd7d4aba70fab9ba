package memspice.iterative;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import memspice.analysis.CircuitSolver;
import memspice.analysis.RunStatistics;
import memspice.circuit.MnaSystem;
import memspice.testing.Netlists;

/**
 * What the iterative solver finds in a matrix by itself: the grounded sources, the wires as chains,
 * and an honest failure when the iteration budget is too small.
 */
class IterativeInternalsTest {

    private static MnaSystem system(String text) throws Exception {
        CircuitSolver s = CircuitSolver.build(Netlists.parse(text), Map.of(), new RunStatistics(), true);
        MnaSystem sys = s.system();
        sys.load();
        return sys;
    }

    private static double[] values(MnaSystem sys) {
        double[] v = new double[sys.nonZeros()];
        sys.jacobian(0, 0, v);
        return v;
    }

    @Test
    void crossbarWiresBecomeTheChains() throws Exception {
        int n = 32;
        MnaSystem sys = system(IterativeSolverTest.crossbar(n, ""));
        IterativeLinearSolver it = new IterativeLinearSolver(sys.size(), sys.colPtr(), sys.rowIdx(), 1e-12, 500);
        assertNull(it.prepare(values(sys)));
        // N row sources and N column sources eliminated; the row and column wire nodes remain
        assertEquals(2 * n, it.eliminatedSources());
        assertEquals(2 * n * n, it.reducedSize());
        // found from the 1 ohm couplings alone: one chain per row wire and per column wire
        assertEquals(2 * n, it.chains());
    }

    @Test
    void tooFewIterationsIsReportedAndLeavesTheRightHandSide() throws Exception {
        MnaSystem sys = system(IterativeSolverTest.crossbar(16, ""));
        IterativeLinearSolver it = new IterativeLinearSolver(sys.size(), sys.colPtr(), sys.rowIdx(), 1e-12, 1);
        assertNull(it.prepare(values(sys)));
        double[] rhs = sys.b().clone();
        double[] before = rhs.clone();
        assertFalse(it.solve(rhs));
        assertTrue(it.failure().contains("relative residual"), it.failure());
        assertTrue(it.relativeResidual() > 1e-12);
        assertArrayEquals(before, rhs);
    }

    @Test
    void residualOfTheFullSystemIsBelowTheTolerance() throws Exception {
        MnaSystem sys = system(IterativeSolverTest.crossbar(16, ""));
        double[] v = values(sys);
        IterativeLinearSolver it = new IterativeLinearSolver(sys.size(), sys.colPtr(), sys.rowIdx(), 1e-12, 500);
        assertNull(it.prepare(v));
        double[] b = java.util.Arrays.copyOf(sys.b(), sys.size());
        double[] x = b.clone();
        assertTrue(it.solve(x));
        // recompute b - A x here, independently of the solver's own check
        double[] r = b.clone();
        int[] cp = sys.colPtr();
        int[] ri = sys.rowIdx();
        for (int c = 0; c < sys.size(); c++) {
            for (int e = cp[c]; e < cp[c + 1]; e++) {
                r[ri[e]] -= v[e] * x[c];
            }
        }
        double rn = 0;
        double bn = 0;
        for (int i = 0; i < b.length; i++) {
            rn += r[i] * r[i];
            bn += b[i] * b[i];
        }
        // the solver's contract: ||b - A x|| <= 1e-12 ||b||
        assertTrue(Math.sqrt(rn) <= 1e-12 * Math.sqrt(bn), Math.sqrt(rn / bn) + "");
    }

    /**
     * A second prepare on the same pattern (a transient's next step) refills and refactors the
     * chains in place; its answer must equal a fresh solver's on the same values to the residual
     * tolerance (both stop at ||b - A x|| <= 1e-12 ||b||; the crossbar's conditioning keeps the
     * solutions within 1e-9 of their scale, the bound the solver tests use against the LU).
     */
    @Test
    void newValuesOnTheSamePatternMatchAFreshSolver() throws Exception {
        MnaSystem sys = system(IterativeSolverTest.crossbar(16, ""));
        double[] v = values(sys);
        IterativeLinearSolver reused = new IterativeLinearSolver(sys.size(), sys.colPtr(), sys.rowIdx(), 1e-12, 500);
        assertNull(reused.prepare(v.clone()));
        // scale every entry by 3 (still SPD after elimination, same nonzeros) and solve with both
        double[] w = v.clone();
        for (int e = 0; e < w.length; e++) {
            w[e] *= 3;
        }
        assertNull(reused.prepare(w));
        IterativeLinearSolver fresh = new IterativeLinearSolver(sys.size(), sys.colPtr(), sys.rowIdx(), 1e-12, 500);
        assertNull(fresh.prepare(w.clone()));
        assertEquals(fresh.chains(), reused.chains());
        double[] a = java.util.Arrays.copyOf(sys.b(), sys.size());
        double[] b = a.clone();
        assertTrue(reused.solve(a));
        assertTrue(fresh.solve(b));
        double scale = 0;
        for (double x : b) {
            scale = Math.max(scale, Math.abs(x));
        }
        for (int i = 0; i < a.length; i++) {
            assertEquals(b[i], a[i], 1e-9 * scale, "unknown " + i);
        }
    }
}
