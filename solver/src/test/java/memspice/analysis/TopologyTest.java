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
}
