package memspice.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import memspice.output.ResultTable;
import memspice.testing.Netlists;

/**
 * Capacitor {@code IC=} at the operating point: SPICE (ignored without uic) by default, Xyce's
 * semantics (the capacitor held at IC like a voltage source in DC solutions, a plain capacitor in
 * the transient and in .ac; Xyce Reference Guide, Capacitor, "Special note on Initial Conditions")
 * with {@code .options icop=1} or in a netlist in Xyce dialect.
 *
 * <p>Circuit: 1 V source, 1 kohm, 1 uF with IC = 0.3 V to ground (tau = 1 ms).
 */
class XyceCapacitorIcTest {

    private static final String RC = "rc with ic\n"
            + "v1 1 0 dc 1 ac 1\n"
            + "r1 1 2 1k\n"
            + "c1 2 0 1u ic=0.3\n"
            + "%s\n"
            + ".print tran v(2)\n"
            + ".end\n";

    private static ResultTable tran(String options) throws Exception {
        return Netlists.run(String.format(RC, options + "\n.tran 10u 3m")).first("tran");
    }

    private static double at(ResultTable t, double time) {
        assertEquals(0.0, time, "only t = 0 is read by index; later times go through worstAgainst");
        return Netlists.value(t, "v(2)", 0);
    }

    /** The largest |v(2) - expected(t)| over every output point (the run's own time points). */
    private static double worstAgainst(ResultTable t, java.util.function.DoubleUnaryOperator expected) {
        double worst = 0;
        for (int k = 0; k < t.rowCount(); k++) {
            worst = Math.max(worst, Math.abs(Netlists.value(t, "v(2)", k) - expected.applyAsDouble(t.value(k, 0))));
        }
        return worst;
    }

    @Test
    void spiceIgnoresIcWithoutUic() throws Exception {
        ResultTable t = tran("");
        // the operating point charges the capacitor to the source: 1 V at t = 0 and after (solver
        // tolerance only: vntol 1e-6 V)
        assertEquals(1.0, at(t, 0.0), 1e-6);
        assertTrue(worstAgainst(t, time -> 1.0) <= 1e-6);
    }

    @Test
    void icopHoldsTheCapacitorAtTheOperatingPointThenReleasesIt() throws Exception {
        ResultTable t = tran(".options icop=1");
        System.out.printf("icop RC: worst |v - closed form| %.3g V%n", worstAgainst(t, time -> 1 - 0.7 * Math.exp(-time / 1e-3)));
        // t = 0 is the held operating point: exactly IC up to the Newton tolerance (vntol 1e-6 V)
        assertEquals(0.3, at(t, 0.0), 1e-6);
        // then the RC charges from 0.3 V: v = 1 - 0.7 exp(-t/tau). Bound 1e-3 V: the default reltol
        // 1e-3 controls the local truncation error of the trapezoidal rule to about reltol * |v| per
        // step, well below the 0.7 V swing; a capacitor still held (v = 0.3) or never held (v = 1)
        // misses by 0.26 V or more at t = 1 ms
        double worst = worstAgainst(t, time -> 1 - 0.7 * Math.exp(-time / 1e-3));
        assertTrue(worst <= 1e-3, "worst |v(2) - closed form| = " + worst);
    }

    @Test
    void icopOperatingPointCarriesTheHoldCurrent() throws Exception {
        var s = Netlists.run(String.format(RC, ".options icop=1\n.op"));
        // v(2) held at 0.3 V, so 0.7 mA flows from the source through r1 into the hold (solver
        // tolerance: vntol 1e-6 V, abstol 1e-12 A)
        assertEquals(0.3, Netlists.op(s, "v(2)"), 1e-9);
        assertEquals(-0.7e-3, Netlists.op(s, "i(v1)"), 1e-9);
    }

    @Test
    void floatingCapacitorHoldsItsVoltageDifference() throws Exception {
        String text = "floating c\n"
                + "v1 1 0 1\n"
                + "r1 1 2 1k\n"
                + "c1 2 3 1u ic=0.2\n"
                + "r2 3 0 1k\n"
                + ".options icop=1\n"
                + ".op\n"
                + ".end\n";
        var s = Netlists.run(text);
        // equal resistors carry the same current: 1 - v2 = v3 and v2 - v3 = 0.2, so v2 = 0.6, v3 = 0.4
        // (linear solve: round-off only, 1e-9)
        assertEquals(0.6, Netlists.op(s, "v(2)"), 1e-9);
        assertEquals(0.4, Netlists.op(s, "v(3)"), 1e-9);
    }

    @Test
    void acSeesAPlainCapacitor() throws Exception {
        double f = 1 / (2 * Math.PI * 1e-3);   // the RC corner
        String text = String.format(RC, ".options icop=1\n.ac lin 1 " + f + " " + f).replace(".print tran v(2)",
                ".print ac vm(2)");
        ResultTable t = Netlists.run(text).first("ac");
        // |H| = 1/sqrt(2) at the corner; a hold left in the small-signal system would short the
        // capacitor to an AC ground and give 0 (round-off bound 1e-9)
        assertEquals(1 / Math.sqrt(2), Netlists.value(t, "vm(2)", 0), 1e-9);
    }

    @Test
    void xyceDialectTurnsIcopOnAndTheOptionOverrides() throws Exception {
        // an .options card naming a Xyce option package makes the netlist Xyce dialect
        ResultTable xyce = tran(".options timeint reltol=1e-3");
        assertEquals(0.3, at(xyce, 0.0), 1e-6);
        ResultTable spice = tran(".options timeint reltol=1e-3\n.options icop=0");
        assertEquals(1.0, at(spice, 0.0), 1e-6);
    }

    @Test
    void uicStillStartsFromIcWithoutAnOperatingPoint() throws Exception {
        ResultTable t = Netlists.run(String.format(RC, ".options icop=1\n.tran 10u 3m uic")).first("tran");
        // uic: no operating point, the capacitor starts at IC (Xyce and SPICE agree), then the same
        // RC charging curve (same 1e-3 V bound as above)
        assertEquals(0.3, at(t, 0.0), 1e-6);
        double worst = worstAgainst(t, time -> 1 - 0.7 * Math.exp(-time / 1e-3));
        assertTrue(worst <= 1e-3, "worst |v(2) - closed form| = " + worst);
        assertTrue(t.rowCount() > 10);
    }
}
