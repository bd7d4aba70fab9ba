package memspice.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.uib.cipr.matrix.DenseMatrix;
import no.uib.cipr.matrix.DenseVector;

/**
 * The contract of {@link SparseLU}, checked against MTJ's dense LU (LAPACK dgesv semantics) on
 * random, circuit-like, singular and near-singular matrices.
 *
 * <p>Tolerance: both solvers are backward stable with growth bounded by the pivot threshold, so the
 * solutions agree to cond(A) * n * eps. The matrices here have cond(A) below ~1e6 (checked from the
 * dense LU), giving the bound 1e-6 relative on the solution; residuals are held to 1e-12 relative
 * to ||A|| ||x||, about 1e4 ulps.
 */
class SparseLUContractTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 17, 60, 200})
    void randomSparseMatricesSolveLikeTheDenseReference(int n) throws Exception {
        Random rnd = new Random(1000 + n);
        for (int trial = 0; trial < 10; trial++) {
            TestMatrix a = TestMatrix.random(n, Math.min(1.0, 4.0 / n), rnd, trial % 2 == 0);
            checkAgainstDense(a, rnd, LuOptions.defaults());
        }
    }

    @Test
    void modifiedNodalMatricesWithZeroDiagonalsSolve() throws Exception {
        Random rnd = new Random(7);
        for (int size : new int[] {3, 8, 20}) {
            TestMatrix a = TestMatrix.resistorGridWithSources(size, size, rnd);
            checkAgainstDense(a, rnd, LuOptions.defaults());
            LuOptions natural = LuOptions.defaults();
            natural.ordering = LuOptions.Ordering.NATURAL;
            checkAgainstDense(a, rnd, natural);
        }
    }

    @Test
    void plainPartialPivotingAgreesToo() throws Exception {
        Random rnd = new Random(3);
        LuOptions o = LuOptions.defaults();
        o.pivotTolerance = 1.0;
        for (int trial = 0; trial < 5; trial++) {
            checkAgainstDense(TestMatrix.random(40, 0.1, rnd, false), rnd, o);
        }
    }

    @Test
    void duplicatedEntriesAreSummed() throws Exception {
        // column 0 lists row 0 twice: 1 + 2 = 3 on the diagonal
        int[] colPtr = {0, 3, 5};
        int[] rowIdx = {0, 0, 1, 0, 1};
        double[] values = {1, 2, 1, 1, 4};
        SparseLU lu = SparseLU.analyze(2, colPtr, rowIdx, LuOptions.defaults());
        lu.factor(values);
        double[] b = {4, 5}; // [[3,1],[1,4]] x = b  ->  x = (1, 1)
        lu.solve(b);
        assertEquals(1.0, b[0], 1e-15);
        assertEquals(1.0, b[1], 1e-15);
    }

    @Test
    void refactorReusesPivotsAndMatchesAFreshFactor() throws Exception {
        Random rnd = new Random(11);
        TestMatrix a = TestMatrix.resistorGridWithSources(12, 12, rnd);
        SparseLU lu = SparseLU.analyze(a.n, a.colPtr, a.rowIdx, LuOptions.defaults());
        lu.factor(a.values);
        for (int round = 0; round < 5; round++) {
            a.perturbConductances(rnd);
            lu.refactor(a.values);
            double[] b = randomVector(a.n, rnd);
            double[] x = b.clone();
            lu.solve(x);
            assertSmallResidual(a, x, b);
        }
        assertEquals(1, lu.factorCount(), "perturbed conductances keep the pivots usable: no fall-back");
        assertEquals(5, lu.refactorCount());
    }

    @Test
    void refactorFallsBackWhenAKeptPivotVanishes() throws Exception {
        // [[d, 1], [1, 1]] in natural order: with d = 2 the diagonal pivots first
        int[] colPtr = {0, 2, 4};
        int[] rowIdx = {0, 1, 0, 1};
        LuOptions natural = LuOptions.defaults();
        natural.ordering = LuOptions.Ordering.NATURAL;
        SparseLU lu = SparseLU.analyze(2, colPtr, rowIdx, natural);
        lu.factor(new double[] {2, 1, 1, 1});
        double[] v = {1e-30, 1, 1, 1}; // a vanishing first pivot: fresh pivoting must swap rows
        lu.refactor(v);
        assertEquals(1, lu.fallbackCount());
        double[] b = {1, 2};
        lu.solve(b);
        // [[1e-30, 1], [1, 1]] x = (1, 2) -> x ~ (1, 1)
        assertEquals(1.0, b[0], 1e-12);
        assertEquals(1.0, b[1], 1e-12);
    }

    @Test
    void transposeSolveMatchesTheDenseTranspose() throws Exception {
        Random rnd = new Random(5);
        TestMatrix a = TestMatrix.random(50, 0.08, rnd, false);
        SparseLU lu = SparseLU.analyze(a.n, a.colPtr, a.rowIdx, LuOptions.defaults());
        lu.factor(a.values);
        double[] b = randomVector(a.n, rnd);
        double[] x = b.clone();
        lu.solveTranspose(x);
        DenseMatrix at = new DenseMatrix(a.dense().transpose(new DenseMatrix(a.n, a.n)));
        double[] r = residual(at, x, b);
        assertTrue(norm(r) <= 1e-12 * normInf(at) * Math.max(1, norm(x)), "transpose residual " + norm(r));
    }

    @Test
    void emptyColumnIsStructurallySingularAndNamed() {
        // column 1 has no entries at all
        int[] colPtr = {0, 2, 2, 3};
        int[] rowIdx = {0, 2, 2};
        SparseLU lu = SparseLU.analyze(3, colPtr, rowIdx, LuOptions.defaults());
        SingularMatrixException e = assertThrows(SingularMatrixException.class, () -> lu.factor(new double[] {1, 1, 1}));
        assertTrue(e.isStructural());
        assertEquals(1, e.column());
    }

    @Test
    void twoColumnsSharingOneRowAreStructurallySingular() {
        // columns 1 and 2 both live only in row 1: structural rank 2
        int[] colPtr = {0, 1, 2, 3};
        int[] rowIdx = {0, 1, 1};
        SparseLU lu = SparseLU.analyze(3, colPtr, rowIdx, LuOptions.defaults());
        SingularMatrixException e = assertThrows(SingularMatrixException.class, () -> lu.factor(new double[] {1, 2, 3}));
        assertTrue(e.isStructural());
        assertTrue(e.column() == 1 || e.column() == 2, "one of the competing columns: " + e.column());
    }

    @Test
    void structuralRankCountsAMaximumMatching() {
        // columns 1 and 2 share their only row: rank 2 of 3; a permutation matrix has full rank
        SparseLU deficient = SparseLU.analyze(3, new int[] {0, 1, 2, 3}, new int[] {0, 1, 1}, LuOptions.defaults());
        assertEquals(2, deficient.structuralRank());
        // a path that needs augmenting: col0 {r0, r1}, col1 {r0}, col2 {r1, r2}: full rank 3
        SparseLU full = SparseLU.analyze(3, new int[] {0, 2, 3, 5}, new int[] {0, 1, 0, 1, 2}, LuOptions.defaults());
        assertEquals(3, full.structuralRank());
    }

    @Test
    void dependentColumnsAreNumericallySingular() {
        // a floating resistor pair: [[g, -g], [-g, g]] has a full pattern but rank 1
        int[] colPtr = {0, 2, 4};
        int[] rowIdx = {0, 1, 0, 1};
        SparseLU lu = SparseLU.analyze(2, colPtr, rowIdx, LuOptions.defaults());
        SingularMatrixException e = assertThrows(SingularMatrixException.class,
                () -> lu.factor(new double[] {1e-3, -1e-3, -1e-3, 1e-3}));
        assertFalse(e.isStructural());
    }

    @Test
    void nearSingularButRegularMatrixStillSolvesAccurately() throws Exception {
        // a 1 ohm / 1 Tohm mix: entries span 12 decades, cond ~ 1e12, yet pivoting keeps the residual tiny
        Random rnd = new Random(9);
        TestMatrix a = TestMatrix.resistorGridWithSources(6, 6, rnd);
        a.scaleSomeConductances(1e-12, rnd);
        SparseLU lu = SparseLU.analyze(a.n, a.colPtr, a.rowIdx, LuOptions.defaults());
        lu.factor(a.values);
        double[] b = randomVector(a.n, rnd);
        double[] x = b.clone();
        lu.solve(x);
        assertSmallResidual(a, x, b);
    }

    @Test
    void orderingIsAPermutationAndReducesFillOnAGrid() throws Exception {
        Random rnd = new Random(1);
        TestMatrix a = TestMatrix.resistorGridWithSources(40, 40, rnd);
        SparseLU amd = SparseLU.analyze(a.n, a.colPtr, a.rowIdx, LuOptions.defaults());
        boolean[] seen = new boolean[a.n];
        for (int c : amd.columnOrder()) {
            assertFalse(seen[c], "column " + c + " twice");
            seen[c] = true;
        }
        LuOptions nat = LuOptions.defaults();
        nat.ordering = LuOptions.Ordering.NATURAL;
        SparseLU natural = SparseLU.analyze(a.n, a.colPtr, a.rowIdx, nat);
        amd.factor(a.values);
        natural.factor(a.values);
        long fillAmd = amd.nnzL() + amd.nnzU();
        long fillNat = natural.nnzL() + natural.nnzU();
        // a 40 x 40 grid in row-major order fills the whole band (~2 * 40 * 1600); minimum degree
        // is known to need well under half of that on 2-D grids
        assertTrue(fillAmd * 2 < fillNat, "AMD fill " + fillAmd + " vs natural " + fillNat);
    }

    private static void checkAgainstDense(TestMatrix a, Random rnd, LuOptions options) throws Exception {
        SparseLU lu = SparseLU.analyze(a.n, a.colPtr, a.rowIdx, options);
        lu.factor(a.values);
        DenseMatrix dense = a.dense();
        for (int rhs = 0; rhs < 3; rhs++) {
            double[] b = randomVector(a.n, rnd);
            double[] x = b.clone();
            lu.solve(x);
            DenseVector ref = new DenseVector(a.n);
            dense.solve(new DenseVector(b), ref);
            double err = 0;
            double size = 0;
            for (int i = 0; i < a.n; i++) {
                err = Math.max(err, Math.abs(x[i] - ref.get(i)));
                size = Math.max(size, Math.abs(ref.get(i)));
            }
            assertTrue(err <= 1e-6 * size, "n=" + a.n + ": max difference " + err + " against dense, |x| " + size);
            assertSmallResidual(a, x, b);
        }
    }

    private static void assertSmallResidual(TestMatrix a, double[] x, double[] b) {
        DenseMatrix d = a.dense();
        double[] r = residual(d, x, b);
        double bound = 1e-12 * normInf(d) * Math.max(1e-300, normMax(x)) * a.n;
        assertTrue(normMax(r) <= bound, "residual " + normMax(r) + " > " + bound);
    }

    private static double[] residual(DenseMatrix a, double[] x, double[] b) {
        int n = b.length;
        double[] r = b.clone();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r[i] -= a.get(i, j) * x[j];
            }
        }
        return r;
    }

    private static double normInf(DenseMatrix a) {
        double m = 0;
        for (int i = 0; i < a.numRows(); i++) {
            double s = 0;
            for (int j = 0; j < a.numColumns(); j++) {
                s += Math.abs(a.get(i, j));
            }
            m = Math.max(m, s);
        }
        return m;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d * d;
        }
        return Math.sqrt(s);
    }

    private static double normMax(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }

    static double[] randomVector(int n, Random rnd) {
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = rnd.nextGaussian();
        }
        return b;
    }
}
