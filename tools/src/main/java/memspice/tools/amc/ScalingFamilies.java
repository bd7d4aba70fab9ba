package memspice.tools.amc;

import java.util.List;
import java.util.Random;

/**
 * Symmetric, positive-entry, positive-definite matrix families for the INV settling-time scaling
 * study ({@code memspice amc scaling}). Positive entries keep the circuit to one array (no inverters), so
 * its dynamics are exactly tp dV/dt = -(I + A0 D^-1 A) V + c (REFERENCE.md section 3). Dimensionless
 * (conductance unit G0).
 * <ul>
 * <li>{@code wishart}: A = X^T X / m, X an m x N matrix (m = 2N) of independent uniform [0, 1) samples;
 *     a random covariance (Gram) matrix whose lambda_min(D^-1 A) falls roughly like 1/N;</li>
 * <li>{@code toeplitz}: a_ij = rho^|i-j| with rho = 1/2 (the Kac-Murdock-Szego matrix), whose spectrum
 *     lies in [(1-rho)/(1+rho), (1+rho)/(1-rho)] for every N;</li>
 * <li>{@code sparse}: each off-diagonal pair present with probability min(1, 3/(N-1)), value uniform
 *     [0.1, 1); a_ii = 1.2 * (sum of row i's off-diagonals) + 0.1, strictly diagonally dominant so
 *     positive definite;</li>
 * <li>{@code fixed}: the wishart matrix M with its diagonal raised, A = M + s diag(d_M) (d_M its row
 *     sums). Then D = (1+s) d_M and D^-1 A = (d_M^-1 M + s I)/(1+s), whose eigenvalues are
 *     (mu + s)/(1+s); s = (L - mu_min)/(1 - L) puts lambda_min(D^-1 A) at exactly L for every N.</li>
 * </ul>
 * Mixed-sign families (a second array driven by inverters; {@link #MIXED}, not in the default list):
 * <ul>
 * <li>{@code mixed-toeplitz}: a_ij = (-rho)^|i-j|, rho = 1/2. It is S T S with T the toeplitz family and
 *     S = diag((-1)^i), and D is the same, so eig(D^-1 G) equals the toeplitz family's: the same
 *     lambda_min with inverters in the loop;</li>
 * <li>{@code mixed-wishart}: A = X^T X / m of uniform (-1, 1) samples (m = 2N): a random covariance of
 *     centred data, symmetric positive definite, about half its off-diagonal entries negative; D^-1 A
 *     is similar to D^-1/2 A D^-1/2, so its eigenvalues are real and positive.</li>
 * </ul>
 */
public final class ScalingFamilies {

    /** The family names, in the default order. */
    public static final List<String> NAMES = List.of("wishart", "toeplitz", "sparse", "fixed");

    /** The mixed-sign family names. */
    public static final List<String> MIXED = List.of("mixed-toeplitz", "mixed-wishart");

    /** True for a name of {@link #NAMES} or {@link #MIXED}. */
    public static boolean known(String family) {
        return NAMES.contains(family) || MIXED.contains(family);
    }

    private ScalingFamilies() {
    }

    /**
     * Builds a family member.
     *
     * @param family  one of {@link #NAMES}
     * @param n       the size N (>= 2)
     * @param seed    seed of the random families (the same seed and N give the same matrix)
     * @param lambda  the target lambda_min(D^-1 A) of {@code fixed}, in (0, 1)
     * @throws IllegalArgumentException for an unknown family or a target {@code fixed} cannot reach
     */
    public static double[][] build(String family, int n, long seed, double lambda) {
        return switch (family) {
            case "wishart" -> wishart(n, new Random(seed + 7919L * n));
            case "toeplitz" -> toeplitz(n, 0.5);
            case "sparse" -> sparse(n, new Random(seed + 7919L * n));
            case "fixed" -> fixed(wishart(n, new Random(seed + 7919L * n)), lambda);
            case "mixed-toeplitz" -> toeplitz(n, -0.5);
            case "mixed-wishart" -> centredWishart(n, new Random(seed + 7919L * n));
            default -> throw new IllegalArgumentException("unknown matrix family '" + family + "' (" + String.join(", ", NAMES)
                    + ", " + String.join(", ", MIXED) + ")");
        };
    }

    static double[][] wishart(int n, Random rnd) {
        int m = 2 * n;
        double[][] x = new double[m][n];
        for (double[] row : x) {
            for (int j = 0; j < n; j++) {
                row[j] = rnd.nextDouble();
            }
        }
        return gram(x, n);
    }

    static double[][] centredWishart(int n, Random rnd) {
        int m = 2 * n;
        double[][] x = new double[m][n];
        for (double[] row : x) {
            for (int j = 0; j < n; j++) {
                row[j] = 2 * rnd.nextDouble() - 1;
            }
        }
        return gram(x, n);
    }

    private static double[][] gram(double[][] x, int n) {
        int m = x.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double s = 0;
                for (double[] row : x) {
                    s += row[i] * row[j];
                }
                a[i][j] = s / m;
                a[j][i] = s / m;
            }
        }
        return a;
    }

    static double[][] toeplitz(int n, double rho) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = Math.pow(rho, Math.abs(i - j));
            }
        }
        return a;
    }

    static double[][] sparse(int n, Random rnd) {
        double p = Math.min(1, 3.0 / (n - 1));
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (rnd.nextDouble() < p) {
                    double v = 0.1 + 0.9 * rnd.nextDouble();
                    a[i][j] = v;
                    a[j][i] = v;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += a[i][j];
            }
            a[i][i] = 1.2 * s + 0.1;
        }
        return a;
    }

    static double[][] fixed(double[][] m, double lambda) {
        if (!(lambda > 0 && lambda < 1)) {
            throw new IllegalArgumentException("--lambda must be in (0, 1) (the largest eigenvalue of D^-1 A is 1), got " + lambda);
        }
        int n = m.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i] += m[i][j];
            }
        }
        double muMin = ScalingTheory.of(m).lambdaMin();
        if (!(muMin < lambda)) {
            throw new IllegalArgumentException("family fixed: lambda_min(D^-1 A) of the base matrix is already " + muMin
                    + " >= --lambda " + lambda + " at N=" + n + "; choose a larger --lambda");
        }
        double s = (lambda - muMin) / (1 - lambda);
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = m[i].clone();
            a[i][i] += s * d[i];
        }
        return a;
    }
}
