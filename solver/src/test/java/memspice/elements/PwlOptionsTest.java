package memspice.elements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import memspice.output.ResultTable;
import memspice.testing.Netlists;

/**
 * PWL's r= and td= mean the same written inside the parentheses (memspice, HSPICE) or after them
 * (ngspice's documented spelling). Exact equality: both spellings must build the same waveform and
 * so the same time points and values.
 */
class PwlOptionsTest {

    private static final String BODY = "r1 a 0 1k\n.tran 0.1u 6u\n.print tran v(a)\n.end\n";

    @Test
    void optionsAfterTheParenthesesEqualOptionsInside() throws Exception {
        ResultTable inside = Netlists.run("inside\nv1 a 0 pwl(0 0 1u 1 2u 0 r=0 td=1u)\n" + BODY).first("tran");
        ResultTable after = Netlists.run("after\nv1 a 0 pwl(0 0 1u 1 2u 0) r=0 td=1u\n" + BODY).first("tran");
        assertEquals(inside.rowCount(), after.rowCount());
        for (int r = 0; r < inside.rowCount(); r++) {
            assertEquals(inside.value(r, 0), after.value(r, 0), 0.0);
            assertEquals(inside.value(r, 1), after.value(r, 1), 0.0);
        }
        // td = 1u: zero until 1u; repeat from 0 with period 2u: the peak 1 V again at 4u
        int at4u = -1;
        for (int r = 0; r < after.rowCount(); r++) {
            if (Math.abs(after.value(r, 0) - 4e-6) < 1e-12) {
                at4u = r;
            }
        }
        assertEquals(1.0, after.value(at4u, 1), 1e-12, "a breakpoint lands on the PWL corner at 4 us");
    }
}
