package memspice.analysis.tran;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.output.ResultTable;
import memspice.output.TableSink;
import memspice.testing.Netlists;

/**
 * Transients with exact answers. With reltol=1e-6 and tmax a few hundredths of the fastest time
 * constant, trapezoidal and Gear-2 land within 1e-5 of the exact waveform (relative to its peak);
 * halving a fixed step divides the error by ~4 for both (second order) and by ~2 for Euler.
 */
class ClosedFormTransientTest {

    private static final double TAU = 0.2e-3;
    private static final double OMEGA = 2 * Math.PI * 1e3;

    /** RC low-pass driven by sin(wt) from rest: the exact response including the decaying term. */
    private static double rcSine(double t) {
        double wt = OMEGA * TAU;
        return (Math.sin(OMEGA * t) - wt * Math.cos(OMEGA * t) + wt * Math.exp(-t / TAU)) / (1 + wt * wt);
    }

    private static String rcSineNetlist(String method, String tmax, String extraOptions) {
        return "rc sine\nV1 in 0 SIN(0 1 1k 0 0 0)\nR1 in out 1k\nC1 out 0 0.2u\n"
                + ".options method=" + method + " " + extraOptions + "\n.tran 10u 3m 0 " + tmax + "\n";
    }

    private static double maxError(ResultTable t, String column, DoubleUnaryOperator exact) {
        int c = t.indexOf(column).orElseThrow();
        double worst = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            worst = Math.max(worst, Math.abs(t.value(r, c) - exact.applyAsDouble(t.value(r, 0))));
        }
        return worst;
    }

    private static ResultTable tran(String netlist) throws Exception {
        return Netlists.run(netlist).first("tran");
    }

    @ParameterizedTest
    @ValueSource(strings = {"trap", "gear"})
    void rcUnderSineMatchesClosedForm(String method) throws Exception {
        // Gear-2's error constant is 8/3 of trap's, so it gets a step half as long for the same bound
        // (measured: 4.5e-6 and 3.9e-6 of a 0.62 V peak).
        String tmax = method.equals("trap") ? "1.5u" : "0.7u";
        ResultTable t = tran(rcSineNetlist(method, tmax, "reltol=1e-6 vntol=1e-9"));
        double peak = 1 / Math.sqrt(1 + OMEGA * TAU * OMEGA * TAU);
        assertTrue(maxError(t, "v(out)", ClosedFormTransientTest::rcSine) < 1e-5 * peak,
                "max error " + maxError(t, "v(out)", ClosedFormTransientTest::rcSine));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trap", "gear"})
    void underdampedRlcStepMatchesClosedForm(String method) throws Exception {
        String tmax = method.equals("trap") ? "0.2u" : "0.1u";
        ResultTable t = tran("rlc\nV1 in 0 DC 1\nR1 in a 10\nL1 a b 1m ic=0\nC1 b 0 1u ic=0\n"
                + ".options method=" + method + " reltol=1e-6 vntol=1e-9\n.tran 1u 1m 0 " + tmax + " uic\n");
        double r = 10;
        double l = 1e-3;
        double c = 1e-6;
        double a = r / (2 * l);
        double wd = Math.sqrt(1 / (l * c) - a * a);
        double err = maxError(t, "v(b)", s -> 1 - Math.exp(-a * s) * (Math.cos(wd * s) + a / wd * Math.sin(wd * s)));
        assertTrue(err < 1e-5 * 1.85, "max error " + err + " (the response peaks near 1.85 V)");
    }

    /** Fixed steps (error control off with a huge trtol): the error falls with the order of the method. */
    @ParameterizedTest
    @ValueSource(strings = {"trap", "gear", "euler"})
    void halvingTheStepShowsTheOrder(String method) throws Exception {
        String options = "trtol=1e9 reltol=1e-9 vntol=1e-12";
        double coarse = maxError(tran(rcSineNetlist(method, "4u", options)), "v(out)", ClosedFormTransientTest::rcSine);
        double fine = maxError(tran(rcSineNetlist(method, "2u", options)), "v(out)", ClosedFormTransientTest::rcSine);
        double expected = method.equals("euler") ? 2 : 4;
        // measured 3.99, 3.99, 1.99: the bound allows 10 % for the start-up step and round-off
        assertEquals(expected, coarse / fine, 0.1 * expected, "error ratio for " + method);
    }

    @Test
    void linearCircuitWithFixedStepFactorsOnce() throws Exception {
        RunStatistics stats = new RunStatistics();
        TableSink sink = new TableSink();
        Simulator.run(Netlists.parse(rcSineNetlist("trap", "2u", "trtol=1e9")), sink, stats);
        long steps = sink.first("tran").rowCount();
        // one factorization for the operating point, one for the Euler start, one per step size
        // around the first breakpoint and the last step onto tstop: a handful, not one per step
        assertTrue(steps > 1000, "steps " + steps);
        assertTrue(stats.counter("factorizations") <= 8, "factorizations " + stats.counter("factorizations"));
    }

    @Test
    void stiffMixOfFastAndSlowTimeConstants() throws Exception {
        // 1 ps and 1 ms in one circuit: the fast node follows the source through 1 ohm; the slow RC
        // integrates. Trapezoidal steps of microseconds must not ring on the fast node.
        ResultTable t = tran("stiff\nV1 in 0 PULSE(0 1 10u 1u 1u 1 2)\nR1 in fast 1\nC1 fast 0 1p\n"
                + "R2 fast slow 1k\nC2 slow 0 1u\n.options reltol=1e-6\n.tran 10u 3m\n");
        int fast = t.indexOf("v(fast)").orElseThrow();
        int slow = t.indexOf("v(slow)").orElseThrow();
        for (int r = 0; r < t.rowCount(); r++) {
            double time = t.value(r, 0);
            double input = time <= 10e-6 ? 0 : time >= 11e-6 ? 1 : (time - 10e-6) / 1e-6;
            // v(fast) = input minus the 1 ohm drop of the slow branch's current (< 1 mA)
            assertEquals(input, t.value(r, fast), 1.1e-3, "fast node at t=" + time);
            double expectedSlow = time < 11e-6 ? 0 : 1 - Math.exp(-(time - 10.5e-6) / 1e-3);
            assertEquals(expectedSlow, t.value(r, slow), 2e-3, "slow node at t=" + time);
        }
    }

    @Test
    void failureKeepsEarlierPointsAndSaysWhen() throws Exception {
        TableSink sink = new TableSink();
        var report = Simulator.run(Netlists.parse("fails\nV1 a 0 1\nB1 b 0 V={time > 5u ? sqrt(-v(a)) : v(a)}\n"
                + "R1 b 0 1k\n.tran 0.1u 10u\n"), sink, new RunStatistics());
        assertEquals(1, report.failures().size());
        String message = report.failures().get(0).getMessage();
        assertTrue(message.contains("transient at t = 5"), message);
        assertTrue(message.contains("not finite") || message.contains("did not converge"), message);
        ResultTable t = sink.first("tran");
        assertTrue(t.rowCount() > 10, "rows kept: " + t.rowCount());
        assertTrue(t.value(t.rowCount() - 1, 0) <= 5e-6 * (1 + 1e-9));
    }
}
