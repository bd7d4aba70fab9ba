package memspice.sparse;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * ComplexSparseLU against the defining equation: for random sparse complex matrices (some with zero
 * diagonals that force off-diagonal pivots, as MNA branch rows do) the solution's residual is at
 * rounding level, in the column order of the real analysis and in the natural order; a structurally
 * singular pattern names its column.
 */
class ComplexSparseLUTest {

    @Test
    void solvesRandomSparseComplexSystemsToRoundingLevel() throws Exception {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 40; trial++) {
            int n = 5 + rnd.nextInt(60);
            double density = 0.05 + 0.2 * rnd.nextDouble();
            boolean[][] nz = new boolean[n][n];
            double[][] ar = new double[n][n];
            double[][] ai = new double[n][n];
            List<Integer> perm = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                perm.add(k);
            }
            java.util.Collections.shuffle(perm, rnd);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    // a permuted diagonal keeps the matrix structurally nonsingular; zero diagonals on a third of the rows
                    boolean onPerm = j == perm.get(i) || (i == j && i % 3 != 0);
                    if (onPerm || rnd.nextDouble() < density) {
                        nz[i][j] = true;
                        ar[i][j] = rnd.nextGaussian() * (onPerm ? 3 : 1);
                        ai[i][j] = rnd.nextGaussian() * (onPerm ? 3 : 1);
                    }
                }
            }
            int[] colPtr = new int[n + 1];
            List<Integer> rows = new ArrayList<>();
            List<double[]> vals = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    if (nz[i][j]) {
                        rows.add(i);
                        vals.add(new double[] {ar[i][j], ai[i][j]});
                    }
                }
                colPtr[j + 1] = rows.size();
            }
            int[] rowIdx = rows.stream().mapToInt(Integer::intValue).toArray();
            double[] re = new double[rowIdx.length];
            double[] im = new double[rowIdx.length];
            for (int k = 0; k < re.length; k++) {
                re[k] = vals.get(k)[0];
                im[k] = vals.get(k)[1];
            }
            SparseLU real = SparseLU.analyze(n, colPtr, rowIdx, LuOptions.defaults());
            int[] natural = new int[n];
            for (int k = 0; k < n; k++) {
                natural[k] = k;
            }
            for (ComplexSparseLU lu : new ComplexSparseLU[] {ComplexSparseLU.reusing(real, colPtr, rowIdx, 1e-3),
                    new ComplexSparseLU(n, colPtr, rowIdx, natural, 1.0)}) {
                lu.factor(re, im);
                lu.factor(re, im);   // a second factorization reuses the grown storage
                double[] br = new double[n];
                double[] bi = new double[n];
                for (int i = 0; i < n; i++) {
                    br[i] = rnd.nextGaussian();
                    bi[i] = rnd.nextGaussian();
                }
                double[] xr = br.clone();
                double[] xi = bi.clone();
                lu.solve(xr, xi);
                double resid = 0;
                double scale = 0;
                for (int i = 0; i < n; i++) {
                    double rr = -br[i];
                    double ri = -bi[i];
                    double s = Math.hypot(br[i], bi[i]);
                    for (int j = 0; j < n; j++) {
                        rr += ar[i][j] * xr[j] - ai[i][j] * xi[j];
                        ri += ar[i][j] * xi[j] + ai[i][j] * xr[j];
                        s += Math.hypot(ar[i][j], ai[i][j]) * Math.hypot(xr[j], xi[j]);
                    }
                    resid = Math.max(resid, Math.hypot(rr, ri));
                    scale = Math.max(scale, s);
                }
                // backward error of partial-pivoting LU: a modest multiple of n * eps relative to |A||x| + |b|
                // (growth stays small for these random matrices); 1e-12 leaves room for n = 64 and growth ~10
                assertTrue(resid <= 1e-12 * scale, "trial " + trial + " n = " + n + ": residual " + resid + " vs scale " + scale);
            }
        }
    }

    @Test
    void structurallySingularColumnIsNamed() {
        // column 1 is empty
        int[] colPtr = {0, 2, 2, 3};
        int[] rowIdx = {0, 1, 2};
        ComplexSparseLU lu = new ComplexSparseLU(3, colPtr, rowIdx, new int[] {0, 1, 2}, 1e-3);
        SingularMatrixException e = assertThrows(SingularMatrixException.class,
                () -> lu.factor(new double[] {1, 1, 1}, new double[] {0, 0, 0}));
        assertTrue(e.column() == 1 && e.isStructural(), e.getMessage());
    }
}
