package memspice.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import memspice.netlist.NetlistException;
import memspice.testing.Netlists;

/** Structural problems are found before solving, named by element and line. */
class TopologyTest {

    private static NetlistException fails(String netlist) {
        return assertThrows(NetlistException.class, () -> Netlists.run(netlist));
    }

    @Test
    void nodeBehindACapacitorHasNoDcPath() {
        NetlistException e = fails("t\nV1 a 0 1\nR1 a 0 1k\nC1 a b 1n\nR2 b c 1k\n.op\n");
        assertTrue(e.getMessage().contains("nodes b, c (no DC path to ground)"), e.getMessage());
        assertTrue(e.getMessage().contains("c1 (line 4)"), e.getMessage());
    }

    @Test
    void cutsetOfCurrentSources() {
        NetlistException e = fails("t\nI1 0 a 1m\nR1 a b 1k\nI2 b 0 1m\nV1 c 0 1\nR3 c 0 1\n.op\n");
        assertTrue(e.getMessage().contains("cutset of current sources (i1 (line 2), i2 (line 4))"), e.getMessage());
    }

    @Test
    void loopOfVoltageSourcesAndInductors() {
        NetlistException e = fails("t\nV1 a 0 1\nL1 a b 1u\nV2 b 0 1\nR1 a 0 1\n.op\n");
        assertTrue(e.getMessage().contains("loop of voltage sources and inductors"), e.getMessage());
        assertTrue(e.getMessage().contains("v1 (line 2)") && e.getMessage().contains("l1 (line 3)")
                && e.getMessage().contains("v2 (line 4)"), e.getMessage());
        assertEquals(4, e.location().line());
    }

    @Test
    void nodeSeenOnlyByAControllingInput() {
        NetlistException e = fails("t\nV1 a 0 1\nR1 a 0 1\nE1 o 0 sense 0 2\nR2 o 0 1\n.op\n");
        assertTrue(e.getMessage().contains("node sense (no DC path to ground)"), e.getMessage());
        assertEquals(4, e.location().line());
    }

    /** A ladder of {@code n} resistors from a source: large enough for the check's own thread. */
    private static String ladder(int n, String extra) {
        StringBuilder b = new StringBuilder("t\nV1 n0 0 1\n");
        for (int k = 0; k < n; k++) {
            b.append("R").append(k).append(" n").append(k).append(" n").append(k + 1).append(" 1k\n");
        }
        return b.append("Rend n").append(n).append(" 0 1k\n").append(extra).append(".op\n").toString();
    }

    @Test
    void largeCircuitsAreCheckedAlongsideTheSetUpWithTheSameMessages() throws Exception {
        int n = TopologyChecker.PARALLEL_MIN_DEVICES + 10;
        // the check runs on its own thread here; the errors must be those of the small circuits
        NetlistException e = fails(ladder(n, "C1 n5 b 1n\nRbc b c 1k\n"));
        assertTrue(e.getMessage().contains("nodes b, c (no DC path to ground)"), e.getMessage());
        e = fails(ladder(n, "V2 n3 0 1\nL1 n3 x 1u\nV3 x 0 1\n"));
        assertTrue(e.getMessage().contains("loop of voltage sources and inductors"), e.getMessage());
        // a topology error wins over a set-up error, as when the check ran first: F1 names a
        // missing controlling source (a set-up error) and node b floats (a topology error)
        e = fails(ladder(n, "F1 n7 0 vmissing 2\nC1 n5 b 1n\n"));
        assertTrue(e.getMessage().contains("node b (no DC path to ground)"), e.getMessage());
        // and a sound large circuit still solves: v(n1) = 1 V * (n + 1 - 1) / (n + 1) of the divider
        var op = Netlists.run(ladder(n, "")).tables().get(0);
        assertEquals((double) n / (n + 1), op.value(0, op.indexOf("v(n1)").orElseThrow()), 1e-12);
        // 4106 nodes: solver=auto tries CG to a relative residual of 1e-14 (else the LU); v(n1) is ~1 V, so
        // 1e-12 allows that residual and rounding, while one resistor more or less moves it by 1/(n(n+1)) ~ 6e-8
    }
}
