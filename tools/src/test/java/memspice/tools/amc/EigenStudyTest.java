package memspice.tools.amc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The EGV circuit: verdicts and the grown direction against MTJ's dominant eigenvector. */
class EigenStudyTest {

    static final double[][] A = InverseStudyTest.A;
    static final OpampSpec MACRO = new OpampSpec(1e5, 16e6);

    static EigenCircuit circuit(double fraction) {
        double lambda = new EigenTheory(new EigenCircuit(A, 1e-4, 1e-4, MACRO, new double[] {1, 1, 1}, 1e-3, 1e-9)).dominant()[0];
        return new EigenCircuit(A, fraction * lambda * 1e-4, 1e-4, MACRO, new double[] {1, 1, 1}, 1e-3, 1e-9);
    }

    @Test
    void grownDirectionIsTheDominantEigenvector() throws Exception {
        double band = 1e-4;
        EigenStudy.Result r = EigenStudy.run(circuit(0.95), band);
        System.out.printf("EGV: lambda %.6f, eigenvector %s, circuit %s, error %.3e (vs linearised mode %.3e, mode offset %.3e), growth %.4g/s measured %.4g/s, next %.4g/s, stop %.3g s%n",
                r.lambda(), java.util.Arrays.toString(r.eigenvector()), java.util.Arrays.toString(r.direction()),
                r.directionError(), r.modeError(), r.modeOffset(), r.growth(), r.measuredGrowth(), r.next(), r.stop());
        // The run lasts 2 ln(1/band)/(sigma1 - sigma2) after the kick: the other modes shrink relative to the
        // dominant one by band^2 times their initial ratio (order 1 for a kick along (1,1,1)); band itself
        // leaves a factor 1/band of margin for that ratio and the integrator's error at reltol 1e-6.
        assertTrue(r.modeError() < band, "error vs the linearised growing mode " + r.modeError());
        // The method's own error at this G_lambda is the offset of that mode from A's eigenvector (rows are
        // not virtual grounds while outputs grow): the circuit's error equals it to within the band above.
        assertEquals(r.modeOffset(), r.directionError(), band);
        assertTrue(r.modeOffset() < 0.01, "mode offset " + r.modeOffset());
        // In the second half only the dominant mode is left: its growth rate is the eigenvalue of the
        // linearised dynamics; the second mode's remnant (< band) and the step error: 1 %.
        assertEquals(r.growth(), r.measuredGrowth(), 0.01 * r.growth());
    }

    @Test
    void closerToLambdaMaxTheDirectionErrorShrinks() throws Exception {
        EigenStudy.Result far = EigenStudy.run(circuit(0.95), 1e-4);
        EigenStudy.Result near = EigenStudy.run(circuit(0.99), 1e-4);
        System.out.printf("EGV G_lambda 0.95/0.99 lambda_max: direction error %.3e / %.3e, growth %.4g / %.4g /s%n",
                far.directionError(), near.directionError(), far.growth(), near.growth());
        // The offset is first order in sigma_1, which drops about fivefold from 0.95 to 0.99: at least 3x smaller.
        assertTrue(near.directionError() < far.directionError() / 3, near.directionError() + " vs " + far.directionError());
    }

    @Test
    void gLambdaAboveLambdaMaxIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EigenStudy.run(circuit(1.05), 1e-3));
        assertTrue(e.getMessage().contains("no mode grows"), e.getMessage());
    }

    @Test
    void gLambdaBelowTheSecondEigenvalueIsRefused() {
        // eig(A) for REFERENCE.md's matrix: ~1.6 and a pair well below; 0.3 lambda_max lies below the second.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EigenStudy.run(circuit(0.3), 1e-3));
        assertTrue(e.getMessage().contains("several modes grow") || e.getMessage().contains("oscillates"), e.getMessage());
    }
}
