package memspice.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import memspice.netlist.NetlistException;
import memspice.testing.Netlists;

/** {@code .temp T} sets the circuit temperature as {@code .options temp=T} does (ngspice). */
class TempDirectiveTest {

    private static final String NETLIST = "temp\nv1 1 0 1\nr1 1 0 1k tc1=1e-3\n%s\n.op\n.end\n";

    @Test
    void tempDirectiveScalesAResistorLikeTheOption() throws Exception {
        // R(77 C) = 1k (1 + 1e-3 (77 - 27)) = 1050 ohm; a linear solve, round-off only (1e-15 A)
        double viaDirective = Netlists.op(Netlists.run(String.format(NETLIST, ".temp 77")), "i(v1)");
        double viaOption = Netlists.op(Netlists.run(String.format(NETLIST, ".options temp=77")), "i(v1)");
        assertEquals(-1.0 / 1050, viaDirective, 1e-15);
        assertEquals(viaOption, viaDirective, 0.0);
    }

    @Test
    void severalTemperaturesAreAnErrorNamingTheLine() {
        NetlistException e = assertThrows(NetlistException.class, () -> Netlists.run(String.format(NETLIST, ".temp 25 50")));
        assertTrue(e.getMessage().contains(":4:") && e.getMessage().contains(".temp"), e.getMessage());
    }
}
