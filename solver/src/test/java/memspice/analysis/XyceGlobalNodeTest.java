package memspice.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import memspice.output.ResultTable;
import memspice.testing.Netlists;

/**
 * Xyce's global nodes: a name starting with "$G" is one node everywhere, inside subcircuits too, and
 * its '$' is not ngspice's inline comment (which needs "$" then a space or a non-name character).
 * Exact values: a linear divider solved by LU, compared to 1e-12 V.
 */
class XyceGlobalNodeTest {

    @Test
    void dollarGNodesAreGlobalAndNotComments() throws Exception {
        ResultTable op = Netlists.run("xyce globals\n"
                + ".subckt load a\n"
                + "r1 a $G_VPlus 1k $ a comment after the node\n"
                + ".ends\n"
                + "vp $G_VPlus 0 2\n"
                + "x1 out load\n"
                + "r2 out 0 1k\n"
                + ".op\n.end\n").first("op");
        assertEquals(2.0, op.value(0, op.indexOf("v($g_vplus)").orElseThrow()), 1e-12);
        assertEquals(1.0, op.value(0, op.indexOf("v(out)").orElseThrow()), 1e-12);
    }
}
