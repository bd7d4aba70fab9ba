package memspice.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The fill-reducing orderings: permutations, their symbolic fill, and solves with each. */
class OrderingTest {

    @Test
    void symbolicFillEqualsTheFactorsFillWhenTheDiagonalPivots() throws Exception {
        // a symmetric pattern with a dominant diagonal pivots on the diagonal, so LU has exactly
        // the Cholesky pattern twice: nnz(L+U) = 2 nnz(L) - n
        Random rnd = new Random(2);
        TestMatrix a = TestMatrix.symmetricPattern(300, 0.01, rnd);
        SymmetricGraph g = SymmetricGraph.of(a.n, a.colPtr, a.rowIdx);
        for (LuOptions.Ordering o : new LuOptions.Ordering[] {LuOptions.Ordering.AMD, LuOptions.Ordering.NESTED_DISSECTION}) {
            LuOptions opt = LuOptions.defaults();
            opt.ordering = o;
            opt.pivotTolerance = 1e-12;   // keep the diagonal whenever it is nonzero
            SparseLU lu = SparseLU.analyze(a.n, a.colPtr, a.rowIdx, opt);
            lu.factor(a.values);
            long cholesky = SymbolicFill.choleskyNonzeros(g, lu.columnOrder());
            assertEquals(2 * cholesky - a.n, lu.nnzL() + lu.nnzU(), o.name());
        }
    }

    @Test
    void nestedDissectionIsAPermutationAndSolvesMeshes() throws Exception {
        Random rnd = new Random(4);
        TestMatrix a = TestMatrix.resistorGridWithSources(60, 50, rnd);
        SymmetricGraph g = SymmetricGraph.of(a.n, a.colPtr, a.rowIdx);
        int[] perm = NestedDissection.order(g, 10);
        boolean[] seen = new boolean[a.n];
        for (int v : perm) {
            assertFalse(seen[v], "vertex " + v + " twice");
            seen[v] = true;
        }
        LuOptions opt = LuOptions.defaults();
        opt.ordering = LuOptions.Ordering.NESTED_DISSECTION;
        SparseLU lu = SparseLU.analyze(a.n, a.colPtr, a.rowIdx, opt);
        lu.factor(a.values);
        double[] b = SparseLUContractTest.randomVector(a.n, rnd);
        double[] x = b.clone();
        lu.solve(x);
        // residual relative to ||A|| ||x||: backward stability of threshold pivoting, ~1e4 ulps
        double worst = 0;
        double scale = 0;
        double[] r = b.clone();
        for (int j = 0; j < a.n; j++) {
            for (int p = a.colPtr[j]; p < a.colPtr[j + 1]; p++) {
                r[a.rowIdx[p]] -= a.values[p] * x[j];
            }
            scale = Math.max(scale, Math.abs(x[j]));
        }
        for (double v : r) {
            worst = Math.max(worst, Math.abs(v));
        }
        assertTrue(worst <= 1e-12 * scale * 4, "residual " + worst);
        // separators keep the fill of a 60 x 50 mesh near n log n; natural order fills a band of ~50 per row
        assertTrue(SymbolicFill.choleskyNonzeros(g, perm) < 20L * a.n * 12, "fill " + SymbolicFill.choleskyNonzeros(g, perm));
    }

    @Test
    void disconnectedPartsAreAllOrdered() {
        // a diagonal matrix: 2000 isolated vertices, every one ordered exactly once
        Random rnd = new Random(6);
        TestMatrix a = TestMatrix.random(2000, 0.0, rnd, true);   // diagonal only: 2000 components
        int[] perm = NestedDissection.order(SymmetricGraph.of(a.n, a.colPtr, a.rowIdx), 10);
        boolean[] seen = new boolean[a.n];
        for (int v : perm) {
            assertFalse(seen[v]);
            seen[v] = true;
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
    }
}
