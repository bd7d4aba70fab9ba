package memspice.models.opamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.DeckReader;
import memspice.netlist.NetlistException;
import memspice.netlist.NetlistParser;
import memspice.output.ResultTable;
import memspice.output.TableSink;

/**
 * YOPAMP in .op and .tran against closed forms: the finite-gain follower with offset and output
 * resistance, the nullor's exact virtual short, the rails' softplus values, and the slew rate of a
 * large step; malformed cards are refused naming the line.
 */
class OpampDeviceTest {

    private static ResultTable run(String lines) throws Exception {
        String text = "opamp test\n" + lines + ".end\n";
        Path file = Path.of("opamp.cir");
        var netlist = NetlistParser.parse(file, DeckReader.read(file.toString(), text));
        TableSink sink = new TableSink();
        Simulator.Report r = Simulator.run(netlist, sink, new RunStatistics());
        assertTrue(r.succeeded(), r.failures().toString());
        return sink.tables().get(0);
    }

    private static double value(ResultTable t, String column, int row) {
        return t.value(row, t.indexOf(column).orElseThrow(() -> new AssertionError("no column " + column + " in " + t.names())));
    }

    @Test
    void finiteGainFollowerWithOffsetAndOutputResistance() throws Exception {
        ResultTable t = run("vin in 0 dc 1\nyopamp u1 in o o m\nrl o 0 1k\n"
                + ".model m opamp(a0=1e3 gbw=1e6 rout=10 vos=2m)\n.op\n");
        // v(o) = y - rout * v(o)/rl with y = a0 (vin + vos - v(o))  =>  v(o) = a0 (vin + vos) / (a0 + 1 + rout/rl)
        double expected = 1e3 * 1.002 / (1e3 + 1 + 10.0 / 1e3);
        // a linear circuit solved by Newton to its tolerance: 1e-12 relative is rounding, far below the 1e-3 a wrong term would cause
        assertEquals(expected, value(t, "v(o)", 0), 1e-12 * expected);
        assertEquals(-expected / 1e3, value(t, "i(yopamp!u1)", 0), 1e-12 * expected / 1e3);
        assertEquals(1e3 * (1.002 - expected), value(t, "n(yopamp!u1_y)", 0), 1e-9);
    }

    @Test
    void nullorHoldsTheVirtualShortExactly() throws Exception {
        ResultTable t = run("vin in 0 dc 0.3\nyopamp u1 in n o ideal\nr1 o n 9k\nr2 n 0 1k\n.model ideal opamp(vos=1m)\n.op\n");
        // gain 10 on vin + vos, no finite-gain error: exact to rounding
        assertEquals(10 * 0.301, value(t, "v(o)", 0), 1e-13);
        assertEquals(0.301, value(t, "v(n)", 0), 1e-14);
    }

    @Test
    void railsLimitTheOutputSmoothly() throws Exception {
        ResultTable t = run("vin in 0 dc 0\nyopamp u1 in 0 o m\nrl o 0 1meg\n"
                + ".model m opamp(a0=100 voh=2 vol=-1.5 vsoft=0.05)\n.dc vin -0.1 0.1 0.05\n");
        // deep in saturation (u = +-10 V, 8 V beyond the rail): L(u) = rail to within vsoft e^(-8/0.05), i.e. exactly
        assertEquals(-1.5, value(t, "v(o)", 0), 1e-12);
        assertEquals(2.0, value(t, "v(o)", 4), 1e-12);
        // at the midpoint u = 0: the rails' pull is vsoft (ln(1+e^-40) - ln(1+e^-30)), ~ -4.7e-15 V
        assertEquals(0.0, value(t, "v(o)", 2), 1e-13);
        // u = -5 V and +5 V: still 3.5 V and 3 V beyond the rails
        assertEquals(-1.5, value(t, "v(o)", 1), 1e-12);
        assertEquals(2.0, value(t, "v(o)", 3), 1e-12);
        ResultTable edge = run("vin in 0 dc 0.02\nyopamp u1 in 0 o m\nrl o 0 1meg\n"
                + ".model m opamp(a0=100 voh=2 vol=-1.5 vsoft=0.05)\n.op\n");
        // u = 2 V exactly at the rail: L = 2 - 0.05 ln 2 (softplus(0) = ln 2), the lower rail 70 vsoft away
        assertEquals(2 - 0.05 * Math.log(2), value(edge, "v(o)", 0), 1e-12);
    }

    @Test
    void largeStepSlewsAtTheSlewRate() throws Exception {
        ResultTable t = run("vin in 0 pulse(0 2 1u 1n 1n 10u 20u)\nyopamp u1 in o o m\nrl o 0 10k\n"
                + ".model m opamp(a0=1e5 gbw=1e6 voh=5 vol=-5 sr=1e6)\n.tran 5n 4u\n");
        int time = 0;
        int out = t.indexOf("v(o)").orElseThrow();
        double maxSlope = 0;
        double t10 = Double.NaN;
        double t90 = Double.NaN;
        for (int r = 1; r < t.rowCount(); r++) {
            double dt = t.value(r, time) - t.value(r - 1, time);
            maxSlope = Math.max(maxSlope, (t.value(r, out) - t.value(r - 1, out)) / dt);
            if (Double.isNaN(t10) && t.value(r, out) >= 0.2) {
                t10 = t.value(r, time);
            }
            if (Double.isNaN(t90) && t.value(r, out) >= 1.8) {
                t90 = t.value(r, time);
            }
        }
        // while slewing tanh((A0 vd - y)/(tau SR)) ~ tanh(12.6) = 1 - 2e-11: dy/dt = SR; the integrator's
        // chords stay within its truncation tolerance of that (1 %)
        assertEquals(1e6, maxSlope, 1e-2 * 1e6);
        // 10 % -> 90 % of 2 V at 1 V/us takes 1.6 us (a 1 MHz linear follower would take 0.35 us); point spacing <= 5 ns plus 1 %
        assertEquals(1.6e-6, t90 - t10, 0.01 * 1.6e-6 + 10e-9);
    }

    @Test
    void malformedCardsNameTheLine() {
        String[][] cases = {
                {".model m opamp(gbw=1e6)", "needs a finite gain A0"},
                {".model m opamp(a0=1e5 sr=1e6)", "give GBW too"},
                {".model m opamp(a0=-5)", "A0 must be positive"},
                {".model m opamp(a0=1e5 voh=1 vol=1)", "VOH - VOL"},
                {".model m opamp(a0=1e5 zz=1)", "no parameter 'zz'"},
                {".model m memristor(level=2)", "not opamp"},
        };
        for (String[] c : cases) {
            NetlistException e = assertThrows(NetlistException.class, () -> run("vin in 0 dc 1\nyopamp u1 in o o m\n" + c[0] + "\n.op\n"),
                    c[0]);
            assertTrue(e.getMessage().contains(c[1]), c[0] + ": " + e.getMessage());
            assertTrue(e.getMessage().contains("opamp.cir:"), "names the file and line: " + e.getMessage());
        }
    }
}
