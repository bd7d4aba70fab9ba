package memspice.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import memspice.analysis.SimulationOptions;
import memspice.netlist.NetlistException;
import memspice.testing.Netlists;

/**
 * When memspice applies Xyce's error convention to device states
 * ({@link SimulationOptions#xyceerror}): exactly when an {@code .options timeint} card gives Xyce's
 * integrator options, and {@code .options xyceerror=0|1} overrides. Its numerical effect is checked on
 * the Xyce TEAM case (tools: XyceCompatibilityTest, MemristorCaseChecks.team / teamConverged).
 */
class XyceTimeintOptionTest {

    private static final String RC = "rc\nv1 1 0 1\nr1 1 2 1k\nc1 2 0 1u\n%s\n.tran 10u 1m\n.end\n";

    @Test
    void timeintPackageTurnsTheConventionOnOtherOptionsDoNot() throws Exception {
        assertTrue(XyceDialect.setsXyceTimeint(Netlists.parse(String.format(RC, ".options timeint reltol=1e-4"))));
        assertFalse(XyceDialect.setsXyceTimeint(Netlists.parse(String.format(RC, ".options reltol=1e-4"))));
        // Xyce dialect by another package (nonlin) does not change the meaning of the tolerances
        assertFalse(XyceDialect.setsXyceTimeint(Netlists.parse(String.format(RC, ".options nonlin maxstep=20"))));
    }

    @Test
    void optionParsesAndRejectsOtherValues() {
        SimulationOptions o = new SimulationOptions();
        assertFalse(o.xyceerror, "SPICE convention by default");
        assertEquals(SimulationOptions.Result.SET, o.set("xyceerror", 1, "1"));
        assertTrue(o.xyceerror);
        assertEquals(SimulationOptions.Result.SET, o.set("xyceerror", 0, "0"));
        assertFalse(o.xyceerror);
        assertEquals(SimulationOptions.Result.BAD_VALUE, o.set("xyceerror", 2, "2"));
    }

    @Test
    void badValueInANetlistIsAnErrorNamingTheLine() {
        NetlistException e = assertThrows(NetlistException.class,
                () -> Netlists.run(String.format(RC, ".options timeint reltol=1e-4\n.options xyceerror=2")));
        assertTrue(e.getMessage().contains("xyceerror") && e.getMessage().contains(":6"), e.getMessage());
    }
}
