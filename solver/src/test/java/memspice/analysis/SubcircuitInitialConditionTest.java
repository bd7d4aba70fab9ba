package memspice.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import memspice.netlist.NetlistException;
import memspice.output.ResultTable;
import memspice.testing.Netlists;

/**
 * {@code .ic} written inside a subcircuit applies to every instance's own node, with the value in
 * the instance's parameter scope (ngspice 39 runs the same netlist and starts x1.s at 0.25 V and
 * x2.s at 0.3 V). The nodes discharge through 1 Mohm into 1 uF (tau = 1 s), so at t = 1 ms they
 * hold v0 * exp(-1e-3) to 1e-6 V (trapezoidal error on a slow exponential, far below).
 */
class SubcircuitInitialConditionTest {

    private static final String NETLIST = ".ic in a subcircuit\n"
            + ".subckt cell a params: v0=0.3\n"
            + "cx s 0 1u\n"
            + "rx s a 1meg\n"
            + ".ic v(s)={v0}\n"
            + ".ends\n"
            + "x1 in cell v0=0.25\n"
            + "x2 in cell\n"
            + "vin in 0 0\n"
            + ".tran 1m 1m uic\n"
            + ".print tran v(x1.s) v(x2.s)\n"
            + ".end\n";

    @Test
    void eachInstanceStartsFromItsOwnValue() throws Exception {
        ResultTable t = Netlists.run(NETLIST).first("tran");
        int last = t.rowCount() - 1;
        assertEquals(1e-3, t.value(last, 0), 1e-15);
        assertEquals(0.25 * Math.exp(-1e-3), t.value(last, t.indexOf("v(x1.s)").orElseThrow()), 1e-6);
        assertEquals(0.3 * Math.exp(-1e-3), t.value(last, t.indexOf("v(x2.s)").orElseThrow()), 1e-6);
    }

    @Test
    void aSubcircuitIcOnGroundIsAnError() {
        String bad = NETLIST.replace(".ic v(s)={v0}", ".ic v(0)=1");
        NetlistException e = assertThrows(NetlistException.class, () -> Netlists.run(bad));
        assertTrue(e.getMessage().contains("ground"), e.getMessage());
        assertTrue(e.getMessage().contains(":5:"), "names the line: " + e.getMessage());
    }
}
