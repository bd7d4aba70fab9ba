package memspice.tools.amc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import no.uib.cipr.matrix.DenseMatrix;
import no.uib.cipr.matrix.DenseVector;
import no.uib.cipr.matrix.EVD;

/** The INV circuit against REFERENCE.md section 3 and against its own finite-gain equation. */
class InverseStudyTest {

    /** REFERENCE.md section 3's derived example. */
    static final double[][] A = {{1, .2, .5}, {.3, .9, .1}, {.4, .2, 1.1}};
    static final double[] B = {.2, -.1, .3};
    static final OpampSpec MACRO = new OpampSpec(1e5, 16e6);

    @Test
    void reproducesTheDerivedExample() throws Exception {
        InverseStudy.Result r = InverseStudy.run(new InverseCircuit(A, B, 100e-6, MACRO, 0), false, 1e-3);
        System.out.printf("INV example: eig %s, tau %.4g s, V %s, ideal %s, rel err %.3e (bound %.3e), fg dev %.3e%n",
                java.util.Arrays.toString(r.eigReal()), r.tau(), java.util.Arrays.toString(r.circuitV()),
                java.util.Arrays.toString(r.ideal()), r.errorVsIdeal(), r.bound(), r.errorVsFinite());
        // REFERENCE.md gives eig(D^-1 G) = {1, 0.3529, 0.5747} to 4 decimals: half a unit of the last digit.
        double[] eig = {0.3529, 0.5747, 1};
        for (int k = 0; k < 3; k++) {
            assertEquals(eig[k], r.eigReal()[k], 5e-5, "eigenvalue " + k);
            assertEquals(0, r.eigImag()[k], 1e-12, "eigenvalue " + k + " is real");
        }
        // "tau ~ 28 ns" is given to 2 significant digits: within half a unit, 0.5 ns.
        assertEquals(28e-9, r.tau(), 0.5e-9);
        // Steady state and ideal answer are given to 6 decimals: half a unit of the last digit, 5e-7 V.
        double[] v = {-0.101050, 0.174538, -0.267712};
        double[] ideal = {-0.101050, 0.174541, -0.267717};
        for (int j = 0; j < 3; j++) {
            assertEquals(v[j], r.circuitV()[j], 5e-7, "circuit V_" + j);
            assertEquals(ideal[j], r.ideal()[j], 5e-7, "ideal V_" + j);
        }
    }

    @Test
    void finiteGainEquationHoldsAndBoundsTheDistanceToTheIdealAnswer() throws Exception {
        for (double a0 : new double[] {1e3, 1e5}) {
            InverseStudy.Result r = InverseStudy.run(new InverseCircuit(A, B, 100e-6, new OpampSpec(a0, 16e6), 0), false, 1e-3);
            System.out.printf("INV A0=%.0e: fg dev %.3e, residual %.3e, rel err vs ideal %.3e <= bound %.3e%n", a0,
                    r.errorVsFinite(), r.residual(), r.errorVsIdeal(), r.bound());
            // The circuit is linear, so Newton's first step is its exact solution up to LU round-off
            // (~1e-16 times the condition number, here < 10): the issue asks for 1e-9 relative.
            assertTrue(r.errorVsFinite() < 1e-9, "deviation from (G + D/A0) V = -I: " + r.errorVsFinite());
            assertTrue(r.residual() < 1e-9, "residual of (G + D/A0) V = -I: " + r.residual());
            // The finite-gain equation implies ||V - V_ideal|| <= ||A^-1 D/A0|| ||V||; the circuit must sit inside it.
            assertTrue(r.errorVsIdeal() <= r.bound(), r.errorVsIdeal() + " > bound " + r.bound());
            // And the gain error is real, not zero: at least a tenth of the bound (here ~half).
            assertTrue(r.errorVsIdeal() > 0.1 * r.bound(), "error " + r.errorVsIdeal() + " much below bound " + r.bound());
        }
    }

    @Test
    void idealOpampsGiveMinusAInverseB() throws Exception {
        InverseStudy.Result r = InverseStudy.run(new InverseCircuit(A, B, 100e-6, OpampSpec.ideal(), 0), false, 1e-3);
        // Nullors: the circuit equation is exactly G V = -I; LU round-off only.
        assertTrue(r.errorVsIdeal() < 1e-12, "ideal INV error " + r.errorVsIdeal());
    }

    @Test
    void mixedSignMatrixUsesInvertersAndSatisfiesItsFiniteGainEquation() throws Exception {
        double[][] a = {{1, -.3, .2}, {.1, .8, -.4}, {-.2, .3, 1}};
        double[] b = {.5, -.2, .1};
        InverseCircuit c = new InverseCircuit(a, b, 100e-6, MACRO, 0);
        assertTrue(c.mixedSign());
        assertTrue(c.netlist(".op").contains("yopamp w3 0 s3 m3 amp"), "inverter op-amp written");
        InverseStudy.Result r = InverseStudy.run(c, false, 1e-3);
        System.out.printf("mixed INV: eig %s, fg dev %.3e, rel err vs ideal %.3e <= bound %.3e%n",
                java.util.Arrays.toString(r.eigReal()), r.errorVsFinite(), r.errorVsIdeal(), r.bound());
        // (A+ - k A- + D/A0) V = -b with k = A0/(A0+2), D over both arrays: exact for the linear circuit, 1e-9 as the issue asks.
        assertTrue(r.errorVsFinite() < 1e-9, "mixed deviation " + r.errorVsFinite());
        assertTrue(r.errorVsIdeal() <= r.bound(), r.errorVsIdeal() + " > bound " + r.bound());
        InverseStudy.Result ideal = InverseStudy.run(new InverseCircuit(a, b, 100e-6, OpampSpec.ideal(), 0), false, 1e-3);
        // Nullor inverters are exact: G+ V - G- V = -I to round-off.
        assertTrue(ideal.errorVsIdeal() < 1e-12, "ideal mixed error " + ideal.errorVsIdeal());
    }

    @Test
    void unstableConfigurationIsRefusedNamingTheEigenvalue() {
        // D^-1 A for [[1,2],[2,1]] is [[1,2],[2,1]]/3 with eigenvalues 1 and -1/3.
        InverseCircuit c = new InverseCircuit(new double[][] {{1, 2}, {2, 1}}, new double[] {1, 0}, 100e-6, MACRO, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InverseStudy.run(c, false, 1e-3));
        assertTrue(e.getMessage().contains("-0.333333"), e.getMessage());
    }

    @Test
    void settlingTimeMatchesTheLinearisedDynamics() throws Exception {
        double band = 1e-3;
        InverseStudy.Result r = InverseStudy.run(new InverseCircuit(A, B, 100e-6, MACRO, 0), true, band);
        double exact = linearSettling(A, MACRO, r.finiteGain(), band);
        System.out.printf("INV settling to %.0e: transient %.4g s, linear ODE %.4g s, tau ln(1/band) %.4g s%n", band,
                r.settle(), exact, r.predictedSettle());
        // The reference integrates the same linear ODE in closed form (eigen-decomposition); the
        // simulation differs by the current ramp (tau/1000, shifting by ~tau/2000 = 0.01 %), by the
        // step size (<= stop/2000, 0.2 % of the settling time) and by the integrator's error at
        // reltol 1e-6: 1 % covers these with margin.
        assertEquals(exact, r.settle(), 0.01 * exact);
        // The simple prediction tau ln(1/band) assumes a unit projection on the slowest mode: same order.
        assertTrue(r.settle() > 0.5 * r.predictedSettle() && r.settle() < 1.5 * r.predictedSettle());
    }

    /**
     * Settling time of the linear INV dynamics from V = 0: op-amp j's pole gives
     * tp dV/dt = -V - A0 v_row with v_row = D^-1 (b + A V) (unit G0), tp = A0/(2 pi GBW), so
     * e = V - V_ss obeys de/dt = -M e with M = (I + A0 D^-1 A)/tp, e(0) = -V_ss.
     */
    static double linearSettling(double[][] a, OpampSpec op, double[] vss, double band) throws Exception {
        int n = a.length;
        double tp = op.a0() / (2 * Math.PI * op.gbw());
        DenseMatrix m = new DenseMatrix(n, n);
        for (int i = 0; i < n; i++) {
            double d = 0;
            for (double x : a[i]) {
                d += Math.abs(x);
            }
            for (int j = 0; j < n; j++) {
                m.set(i, j, (op.a0() * a[i][j] / d + (i == j ? 1 : 0)) / tp);
            }
        }
        EVD evd = EVD.factorize(m);
        double[] lam = evd.getRealEigenvalues();
        DenseMatrix rv = evd.getRightEigenvectors();
        DenseVector c = new DenseVector(n);
        DenseVector e0 = new DenseVector(n);
        for (int i = 0; i < n; i++) {
            e0.set(i, -vss[i]);
        }
        rv.copy().solve(e0, c);
        double limit = band * InverseTheory.normInf(vss);
        double lamMin = java.util.Arrays.stream(lam).min().orElseThrow();
        double tEnd = 20 / lamMin;
        double dt = tEnd / 2_000_000;
        double last = 0;
        for (double t = 0; t < tEnd; t += dt) {
            double err = 0;
            for (int i = 0; i < n; i++) {
                double ei = 0;
                for (int k = 0; k < n; k++) {
                    ei += rv.get(i, k) * c.get(k) * Math.exp(-lam[k] * t);
                }
                err = Math.max(err, Math.abs(ei));
            }
            if (err > limit) {
                last = t;
            }
        }
        return last + dt / 2;
    }
}
