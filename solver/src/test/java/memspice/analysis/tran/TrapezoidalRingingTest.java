package memspice.analysis.tran;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.output.ResultTable;
import memspice.output.TableSink;
import memspice.testing.Netlists;

/**
 * Trapezoidal ringing: a behavioural step at 1.05 us (no breakpoint announces it) drives a 1 nF
 * capacitor through an ammeter. The trapezoidal rule carries the spike of dq/dt forward with factor
 * -1 per step, so without damping i(v1) alternates near +-0.2 A for the rest of the run while the
 * capacitor voltage is flat. With the detector, one backward-Euler step ends it: afterwards i(v1) is
 * the 1 uA of the 1 Mohm leak. Bound: 1e-12 A, the ammeter current is exact up to Newton's abstol
 * (1e-12 A) on a linear circuit.
 */
class TrapezoidalRingingTest {

    private static final String NETLIST = "ringing\n"
            + "b1 a 0 v={time > 1.05u ? 1 : 0}\n"
            + "v1 a b 0\n"
            + "c1 b 0 1n\n"
            + "r1 b 0 1meg\n"
            + ".tran 10n 3u\n"
            + ".print tran v(b) i(v1)\n"
            + ".end\n";

    @Test
    void anUnannouncedStepDoesNotLeaveTheCurrentAlternating() throws Exception {
        TableSink sink = new TableSink();
        RunStatistics stats = new RunStatistics();
        assertTrue(Simulator.run(Netlists.parse(NETLIST), sink, stats).succeeded());
        ResultTable t = sink.first("tran");
        int current = t.indexOf("i(v1)").orElseThrow();
        int checked = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.value(r, 0) > 1.2e-6) {
                assertEquals(1e-6, t.value(r, current), 1e-12, "i(v1) at t = " + t.value(r, 0));
                checked++;
            }
        }
        assertTrue(checked > 100, "points after the step: " + checked);
        assertTrue(stats.counter("tran steps damped (trapezoidal ringing)") >= 1);
    }

    @Test
    void smoothWaveformsAreNeverDamped() throws Exception {
        // an RC under a sine: d = qdot - backward difference keeps its sign between inflections
        TableSink sink = new TableSink();
        RunStatistics stats = new RunStatistics();
        String sine = "rc sine\nv1 in 0 sin(0 1 1k)\nr1 in out 1k\nc1 out 0 100n\n.tran 10u 5m\n.end\n";
        assertTrue(Simulator.run(Netlists.parse(sine), sink, stats).succeeded());
        assertEquals(0, stats.counter("tran steps damped (trapezoidal ringing)"));
    }
}
