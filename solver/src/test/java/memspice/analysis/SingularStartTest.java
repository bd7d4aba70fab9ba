package memspice.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import memspice.output.ResultTable;
import memspice.output.TableSink;
import memspice.testing.Netlists;

/**
 * A behavioural source whose slope is infinite at the all-zero start (sqrt'(0) = 1e32 in ngspice's
 * convention) makes the first Jacobian singular to working precision; the operating point retries
 * Newton from 1 mV off the start instead of reporting a floating node. Bound 1e-12 V: Newton
 * converges quadratically to the exact sqrt(2) with reltol 1e-12.
 */
class SingularStartTest {

    @Test
    void newtonRetriesOffTheSingularStart() throws Exception {
        TableSink sink = new TableSink();
        RunStatistics stats = new RunStatistics();
        Simulator.Report r = Simulator.run(Netlists.parse("sqrt at 0\n"
                + ".options reltol=1e-12\n"
                + "v1 a 0 2\n"
                + "ra a 0 1k\n"
                + "b1 x 0 v={sqrt(v(a)) + log10(v(a))}\n"
                + "rx x 0 1k\n"
                + ".op\n.end\n"), sink, stats);
        assertTrue(r.succeeded(), r.failures().toString());
        ResultTable op = sink.first("op");
        assertEquals(Math.sqrt(2) + Math.log10(2), op.value(0, op.indexOf("v(x)").orElseThrow()), 1e-12);
        assertEquals(1, stats.counter("offset start"), "the plain start was singular and the offset start converged");
    }
}
