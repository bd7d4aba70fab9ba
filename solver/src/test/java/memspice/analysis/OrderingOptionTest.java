package memspice.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import memspice.netlist.NetlistException;
import memspice.output.ResultTable;
import memspice.testing.Netlists;

/**
 * {@code .options ordering=nd} switches the LU to nested dissection; the answer is the same (a
 * resistor ladder of 400 nodes, enough that the ordering splits it: 1e-12 relative, two LU
 * orderings of a well-conditioned system agree to rounding).
 */
class OrderingOptionTest {

    private static String ladder(String options) {
        StringBuilder b = new StringBuilder("ladder\nv1 n0 0 1\n");
        for (int k = 0; k < 400; k++) {
            b.append("r").append(k).append(" n").append(k).append(" n").append(k + 1).append(" 1k\n");
            b.append("rg").append(k).append(" n").append(k + 1).append(" 0 10k\n");
        }
        return b.append(options).append("\n.op\n.end\n").toString();
    }

    @Test
    void nestedDissectionGivesTheSameOperatingPoint() throws Exception {
        ResultTable amd = Netlists.run(ladder("")).first("op");
        ResultTable nd = Netlists.run(ladder(".options ordering=nd")).first("op");
        for (int c = 0; c < amd.columnCount(); c++) {
            double a = amd.value(0, c);
            double b = nd.value(0, nd.indexOf(amd.columns().get(c).name()).orElseThrow());
            assertEquals(a, b, 1e-12 * Math.abs(a) + 1e-18, amd.columns().get(c).name());
        }
    }

    @Test
    void anUnknownOrderingIsRefusedWithItsLine() {
        NetlistException e = assertThrows(NetlistException.class, () -> Netlists.run(ladder(".options ordering=metis")));
        assertTrue(e.getMessage().contains("ordering"), e.getMessage());
    }
}
