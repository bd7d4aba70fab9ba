package memspice.models.opamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.DeckReader;
import memspice.netlist.NetlistParser;
import memspice.output.ResultTable;
import memspice.output.TableSink;

/**
 * .ac on the YOPAMP single-pole macromodel against its closed form A(s) = A0 / (1 + s / omega_p),
 * omega_p = 2 pi GBW / A0: the unity-gain follower's response A / (1 + A), the loop gain measured by
 * breaking the loop (a 1 GH inductor closes it at DC, a 1 GF capacitor injects the test signal),
 * and the phase margin at the unity-gain crossing f_c = f_p sqrt(A0^2 - 1), 180 - atan(f_c / f_p).
 */
class OpampAcTest {

    private static final double A0 = 1e5;
    private static final double GBW = 1e6;
    private static final double FP = GBW / A0;
    private static final String MODEL = ".model mac opamp(a0=1e5 gbw=1e6 voh=12 vol=-12 vos=0.5m)\n";

    private static ResultTable ac(String body) throws Exception {
        String text = "opamp ac test\n" + body + MODEL + ".end\n";
        Path file = Path.of("opamp-ac.cir");
        var netlist = NetlistParser.parse(file, DeckReader.read(file.toString(), text));
        TableSink sink = new TableSink();
        Simulator.Report r = Simulator.run(netlist, sink, new RunStatistics());
        assertTrue(r.succeeded(), r.failures().toString());
        return sink.tables().stream().filter(ResultTable::isComplex).findFirst().orElseThrow();
    }

    /** A(j 2 pi f) as {re, im}. */
    private static double[] gain(double f) {
        double x = f / FP;
        double d = 1 + x * x;
        return new double[] {A0 / d, -A0 * x / d};
    }

    @Test
    void followerMatchesClosedForm() throws Exception {
        ResultTable t = ac("vin in 0 dc 0.1 ac 1\nyopamp u1 in out out mac\nrl out 0 10k\n.ac dec 10 1 100meg\n");
        int out = t.indexOf("v(out)").orElseThrow();
        assertEquals(81, t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            double f = t.value(r, 0);
            double[] a = gain(f);
            // H = A / (1 + A)
            double nr = a[0] * (1 + a[0]) + a[1] * a[1];
            double ni = a[1] * (1 + a[0]) - a[0] * a[1];
            double dd = (1 + a[0]) * (1 + a[0]) + a[1] * a[1];
            double hr = nr / dd;
            double hi = ni / dd;
            double err = Math.hypot(t.value(r, out) - hr, t.imag(r, out) - hi);
            // one linear solve in double precision: rounding of ~1e-16 times entries of size A0 ~ 1e5
            // relative to |H| ~ 1 gives ~1e-11; 1e-9 is the golden suites' bound
            assertTrue(err <= 1e-9 * Math.hypot(hr, hi), "f = " + f + ": memspice " + t.value(r, out) + " + j"
                    + t.imag(r, out) + ", closed form " + hr + " + j" + hi);
        }
    }

    @Test
    void loopGainAndPhaseMargin() throws Exception {
        double fc = FP * Math.sqrt(A0 * A0 - 1);
        String loop = "vin in 0 dc 0.1\nyopamp u1 in fb out mac\nlbrk out fb 1e9\ncinj fb x 1e9\nvt x 0 ac 1\nrl out 0 10k\n";
        ResultTable t = ac(loop + ".ac dec 10 10 10meg\n");
        int out = t.indexOf("v(out)").orElseThrow();
        int fb = t.indexOf("v(fb)").orElseThrow();
        for (int r = 0; r < t.rowCount(); r++) {
            double f = t.value(r, 0);
            double[] a = gain(f);
            // T = -v(out) / v(fb)
            double[] tl = divide(-t.value(r, out), -t.imag(r, out), t.value(r, fb), t.imag(r, fb));
            double err = Math.hypot(tl[0] - a[0], tl[1] - a[1]);
            // the break's own error is |Z_C / Z_L| = 1 / (omega^2 L C) <= 2.5e-22 at 10 Hz, and the
            // feedback node sees the injected 1 V through 1/(omega C) ~ 1e-11 ohm against the op-amp's
            // zero output impedance; what is left is rounding (1e-9 as in followerMatchesClosedForm)
            assertTrue(err <= 1e-9 * Math.hypot(a[0], a[1]), "f = " + f + ": T = " + tl[0] + " + j" + tl[1]
                    + ", A = " + a[0] + " + j" + a[1]);
        }
        ResultTable c = ac(loop + ".ac lin 1 " + fc + " " + fc + "\n");
        double[] tc = divide(-c.value(0, out), -c.imag(0, out), c.value(0, fb), c.imag(0, fb));
        double margin = 180 + Math.toDegrees(Math.atan2(tc[1], tc[0]));
        double expected = 180 - Math.toDegrees(Math.atan(fc / FP));
        // |T(f_c)| = 1 and the phase margin to rounding: atan2 of components known to ~1e-11 relative
        assertEquals(1.0, Math.hypot(tc[0], tc[1]), 1e-9);
        assertEquals(expected, margin, 1e-7);
        assertTrue(margin > 90.0 && margin < 90.01, "a single pole gives 90 degrees plus atan(f_p / f_c): " + margin);
    }

    private static double[] divide(double ar, double ai, double br, double bi) {
        double d = br * br + bi * bi;
        return new double[] {(ar * br + ai * bi) / d, (ai * br - ar * bi) / d};
    }
}
