package memspice.tools.amc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import no.uib.cipr.matrix.DenseMatrix;

/** Mixed-sign families of the scaling study ({@link ScalingFamilies#MIXED}, {@link MixedScaling}). */
class MixedScalingTest {

    static final OpampSpec MACRO = new OpampSpec(1e5, 16e6);
    static final double BAND = 1e-3;

    @Test
    void propagatorMatchesTheClosedFormExponential() {
        // J = [[a, b], [0, c]]: expm(-J h) = [[e^-ah, b (e^-ah - e^-ch)/(a - c)], [0, e^-ch]].
        double a = 3e4;
        double b = -5e4;
        double c = 7e3;
        double h = 1e-3; // ||J|| h = 80: six squarings of the Taylor series
        DenseMatrix j = new DenseMatrix(new double[][] {{a, b}, {0, c}});
        DenseMatrix p = MixedScaling.propagator(j, 1e-4);
        double ea = Math.exp(-a * 1e-4);
        double ec = Math.exp(-c * 1e-4);
        // Taylor series to 1e-17 and a few squarings: rounding, 1e-12 of the largest entry.
        assertEquals(ea, p.get(0, 0), 1e-12);
        assertEquals(ec, p.get(1, 1), 1e-12);
        assertEquals(b * (ea - ec) / (a - c), p.get(0, 1), 1e-12);
        assertEquals(0, p.get(1, 0), 0);
        DenseMatrix q = MixedScaling.propagator(j, h);
        assertEquals(Math.exp(-c * h), q.get(1, 1), 1e-12);
    }

    @Test
    void mixedToeplitzHasThePositiveToeplitzSpectrum() {
        // a_ij = (-1/2)^|i-j| = S T S with S = diag((-1)^i), and the same row sums: eig(D^-1 G) is the toeplitz family's.
        for (int n : new int[] {4, 9, 16}) {
            double lm = MixedScaling.of(ScalingFamilies.build("mixed-toeplitz", n, 1, 0.1)).lambdaMin();
            double lp = ScalingTheory.of(ScalingFamilies.build("toeplitz", n, 1, 0.1)).lambdaMin();
            // two eigen-solvers (general and symmetric) on similar matrices with condition < 10: 1e-12
            assertEquals(lp, lm, 1e-12, "N=" + n);
        }
    }

    @Test
    void transientSettlingIsTheExactLinearOdeSettlingWithInverters() throws Exception {
        for (String f : ScalingFamilies.MIXED) {
            for (int n : new int[] {4, 8, 16}) {
                ScalingStudy.Row r = ScalingStudy.run(f, n, 1, 0.1, ScalingStudy.Rhs.RANDOM, MACRO, BAND, 100e-6);
                System.out.printf("mixed scaling %s N=%d: exact %.5g measured %.5g (D^-1 G prediction %.5g, dynamics %.5g)%n", f, n,
                        r.exact(), r.measured(), r.predicted(), r.predictedDynamics());
                // Same ODE, two solutions: the transient (max step stop/2000, reltol 1e-6, linear interpolation of the
                // crossing) and the exact propagator on a 4000-point grid (interpolated the same way); both grids are
                // ~1 % of the slowest time constant, whose interpolation error is ~1e-5 of the settling time: 1e-3 of it.
                assertEquals(r.exact(), r.measured(), 1e-3 * r.exact(), f + " N=" + n);
            }
        }
    }

    @Test
    void slowestRightHandSideSettlesAsTheFullDynamicsPredict() throws Exception {
        for (String f : ScalingFamilies.MIXED) {
            for (int n : new int[] {4, 8, 16}) {
                ScalingStudy.Row r = ScalingStudy.run(f, n, 1, 0.1, ScalingStudy.Rhs.SLOWEST, MACRO, BAND, 100e-6);
                double ratio = r.measured() / r.predictedDynamics();
                System.out.printf("mixed scaling %s N=%d slowest rhs: measured/dyn %.4f, measured/(D^-1 G prediction) %.4f%n", f, n,
                        ratio, r.ratio());
                // The answer along D^-1 G's slowest vector excites mostly the slowest mode of the full dynamics (not
                // exactly: that mode also has an inverter part); the 15 % for the prediction.
                assertEquals(1, ratio, 0.15, f + " N=" + n);
                // With inverters in the loop tau ln(1/band) from lambda_min(D^-1 G) alone under-predicts: the slowest
                // mode is slower than 1/(2 pi GBW lambda_min) (here by more than 10 %).
                assertTrue(r.predictedDynamics() > 1.1 * r.predicted(), "dynamics " + r.predictedDynamics() + " vs " + r.predicted());
            }
        }
    }
}
