package memspice.analysis;

import static memspice.testing.Netlists.run;
import static memspice.testing.Netlists.value;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import memspice.output.ResultTable;

/** Sweep points and nested order; values of linear circuits checked to 1e-12 relative (one LU solve each). */
class DcSweepTest {

    private static ResultTable dc(String netlist) throws Exception {
        return run(netlist).first("dc");
    }

    @Test
    void linearSweepIncludesTheStopPoint() throws Exception {
        ResultTable t = dc("t\nV1 a 0 0\nR1 a b 1k\nR2 b 0 1k\n.dc V1 0 1 0.1\n");
        assertEquals(11, t.rowCount());
        assertEquals(1.0, t.value(10, 0), 1e-15);
        assertEquals(0.35, value(t, "v(b)", 7), 1e-12);
    }

    @Test
    void decadeOctaveAndListSweeps() throws Exception {
        assertArrayEquals(new double[] {1, Math.sqrt(10), 10, Math.sqrt(1000), 100},
                dc("t\nV1 a 0 1\nR1 a 0 1\n.dc DEC V1 1 100 2\n").column(0), 1e-12);
        assertArrayEquals(new double[] {1, 2, 4, 8}, dc("t\nI1 0 a 1\nR1 a 0 1\n.dc OCT I1 1 8 1\n").column(0), 1e-12);
        ResultTable l = dc("t\nV1 a 0 1\nR1 a 0 2\n.dc V1 LIST 3 -1 2.5\n");
        assertArrayEquals(new double[] {3, -1, 2.5}, l.column(0), 0);
        assertArrayEquals(new double[] {-1.5, 0.5, -1.25}, l.column(l.indexOf("i(v1)").get()), 1e-12);
    }

    @Test
    void nestedSweepsRunTheFirstSourceInside() throws Exception {
        ResultTable t = dc("t\nV1 a 0 0\nV2 b 0 0\nR1 a m 1k\nR2 b m 1k\nR3 m 0 1k\n.dc V1 0 3 1 V2 0 1 1\n");
        assertEquals(8, t.rowCount());
        assertArrayEquals(new double[] {0, 1, 2, 3, 0, 1, 2, 3}, t.column(0), 0);
        assertArrayEquals(new double[] {0, 0, 0, 0, 1, 1, 1, 1}, t.column(1), 0);
        for (int r = 0; r < 8; r++) {
            assertEquals((t.value(r, 0) + t.value(r, 1)) / 3, value(t, "v(m)", r), 1e-12);
        }
    }

    @Test
    void parameterSweepRebuildsDependentValues() throws Exception {
        ResultTable t = dc("t\n.param rl=1k\nV1 a 0 1\nR1 a b 1k\nR2 b 0 {rl}\n.dc rl 1k 3k 1k\n");
        assertArrayEquals(new double[] {0.5, 2.0 / 3, 0.75}, t.column(t.indexOf("v(b)").get()), 1e-12);
    }

    @Test
    void sourceValueIsRestoredAfterTheSweep() throws Exception {
        var s = run("t\nV1 a 0 5\nR1 a 0 1k\n.dc V1 0 1 1\n.op\n");
        assertEquals(5.0, memspice.testing.Netlists.op(s, "v(a)"), 0);
    }
}
