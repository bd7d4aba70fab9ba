package memspice.analysis.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import memspice.output.ResultTable;
import memspice.testing.Netlists;

/**
 * Every .measure kind against waveforms with exact answers, sampled on a slightly irregular grid
 * (as accepted time points are) and read, like ngspice, as the piecewise-linear curve through the
 * samples. The interpolation error is O(h^2) in the largest spacing h = 1.3 us: a crossing time
 * is off by at most h^2/8 |f''/f'| (2.1e-10 s for the RC step, tau = 1 ms; 7.7e-10 s where the
 * 1 kHz sine crosses 0.5), an integral by h^2/12 times the change of f', the parabolic DERIV by
 * about h^2 f'''/(6 f') relative. Each bound below is that estimate times about five, so a wrong
 * formula (a missed interpolation, an off-by-one crossing) fails by orders of magnitude.
 */
class MeasureClosedFormTest {

    private static final double TAU = 1e-3;
    private static final double F = 1e3;
    private static final double W = 2 * Math.PI * F;

    /** RC step response 1 - exp(-t/tau), a sine and a cosine of 1 kHz, over 0..5 ms, ~5000 points. */
    private static ResultTable table() {
        ResultTable t = new ResultTable("closed", "Transient Analysis", List.of(
                new ResultTable.Column("time", "time"), new ResultTable.Column("v(out)", "voltage"),
                new ResultTable.Column("v(s)", "voltage"), new ResultTable.Column("v(c)", "voltage"),
                new ResultTable.Column("v(half)", "voltage"), new ResultTable.Column("i(v1)", "current")), false);
        double h = 1e-6;
        double time = 0;
        int k = 0;
        while (time <= 5e-3 + 1e-15) {
            t.addRow(new double[] {time, rc(time), Math.sin(W * time), Math.cos(W * time), 0.5,
                    -1e-3 * (1 - rc(time))});
            // spacing alternates 0.7h and 1.3h: irregular like accepted steps, mean h
            time = Math.min(time + h * (k++ % 2 == 0 ? 0.7 : 1.3), time < 5e-3 ? 5e-3 : 1);
            if (time == 1) {
                break;
            }
        }
        return t;
    }

    private static double rc(double t) {
        return 1 - Math.exp(-t / TAU);
    }

    private static List<MeasureResult> measure(String... cards) throws Exception {
        StringBuilder net = new StringBuilder("measure test\nV1 in 0 1\nR1 in 0 1k\n.tran 1u 5m\n");
        for (String c : cards) {
            net.append(c).append('\n');
        }
        Measures ms = Measures.prepare(Netlists.parse(net.toString()), new ArrayList<>());
        ResultTable t = table();
        List<MeasureResult> out = new ArrayList<>();
        for (MeasureSpec m : ms.specs()) {
            out.add(Measures.evaluate(m, t));
        }
        return out;
    }

    private static double one(String card) throws Exception {
        MeasureResult r = measure(card).get(0);
        assertTrue(r.succeeded(), r.name() + " failed: " + r.failure());
        return r.value();
    }

    @Test
    void riseTime10To90IsTauLn9() throws Exception {
        double tr = one(".measure tran tr trig v(out) val=0.1 rise=1 targ v(out) val=0.9 rise=1");
        // each crossing is off by <= h^2/(8 tau) = 2.1e-10 s (measured 1.8e-10 s in all); bound 1e-9 s
        assertEquals(TAU * Math.log(9), tr, 1e-9);
    }

    @Test
    void whenGivesTheCrossingTime() throws Exception {
        // h^2/(8 tau) = 2.1e-10 s (measured 1.9e-10 s)
        assertEquals(TAU * Math.log(2), one(".meas tran t1 when v(out)=0.5 rise=1"), 1e-9);
        // sin crosses 0 falling at T/2, 3T/2, ...: the second fall is at 1.5 ms (sine: |f''| = 0 at
        // the zero, so interpolation is exact to rounding; 1e-12 s is rounding plus the cubic term)
        assertEquals(1.5e-3, one(".meas tran t2 when v(s)=0 fall=2"), 1e-12);
        // crosses of 0.5: rise at T/12, fall at 5T/12, rise at 13T/12 ...; the third cross is 13/12 ms
        // (error h^2/8 * |f''/f'| = h^2 w tan(w t)/8 = 7.7e-10 s; bound 4e-9 s)
        assertEquals(13e-3 / 12, one(".meas tran t3 when v(s)=0.5 cross=3"), 4e-9);
        // the last rise through 0.5 in 0..5 ms is at 4 + 1/12 ms
        assertEquals(4e-3 + 1e-3 / 12, one(".meas tran t4 when v(s)=0.5 rise=last"), 4e-9);
        // TD=1m: the first rise of the sine through 0.5 after 1 ms is at 1 + 1/12 ms
        assertEquals(1e-3 + 1e-3 / 12, one(".meas tran t5 when v(s)=0.5 rise=1 td=1m"), 4e-9);
        // v(s) = v(c): sin = cos first at T/8, where (sin - cos)'' = 0, so the error is third order
        assertEquals(1e-3 / 8, one(".meas tran t6 when v(s)=v(c)"), 1e-10);
        // WHEN against a signal: v(out) reaches v(half) = 0.5 at tau ln 2 (as t1)
        assertEquals(TAU * Math.log(2), one(".meas tran t7 when v(out)=v(half) rise=1"), 1e-9);
    }

    @Test
    void trigAtAndTdOnTheTarget() throws Exception {
        // from t = 1 ms to the first rise of the sine through 0.5 after TD = 2 ms (2 + 1/12 ms);
        // crossing error 7.7e-10 s as above (measured 7.7e-10 s); bound 4e-9 s
        assertEquals(1e-3 + 1e-3 / 12, one(".meas tran d trig at=1m targ v(s) val=0.5 rise=1 td=2m"), 4e-9);
    }

    @Test
    void findWhenAndAt() throws Exception {
        // cos at the second zero crossing of sin (t = 1 ms; the zero at t = 0 is a start, not a
        // crossing): +1; the curve there is flat so the interpolation error is <= h^2 w^2/8 = 8e-6
        assertEquals(1.0, one(".meas tran f1 find v(c) when v(s)=0 cross=2"), 1e-5);
        // the RC step at 1.2345 ms: error h^2/(8 tau^2) e^(-t/tau) ~ 6e-8
        assertEquals(rc(1.2345e-3), one(".meas tran f2 find v(out) at=1.2345m"), 1e-7);
        // v(a,b) from node columns: v(out) - v(half) at 2 ms
        assertEquals(rc(2e-3) - 0.5, one(".meas tran f3 find v(out,half) at=2m"), 1e-7);
        assertEquals(rc(2e-3), one(".meas tran f4 find v(out,0) at=2m"), 1e-7);
    }

    @Test
    void derivAtAndWhen() throws Exception {
        // d/dt(1 - e^-t/tau) = e^-t/tau / tau; the parabola's error is h^2 f'''/6 ~ 3e-10 relative
        double t = 0.8e-3;
        assertEquals(Math.exp(-t / TAU) / TAU, one(".meas tran d1 deriv v(out) at=0.8m"), 1e-6 * Math.exp(-t / TAU) / TAU);
        // where the step crosses 0.5 the slope is 0.5/tau
        assertEquals(0.5 / TAU, one(".meas tran d2 deriv v(out) when v(out)=0.5"), 1e-6 * 0.5 / TAU);
        // sin' = w cos: at the 2nd fall through 0 (1.5 ms) it is -w; parabola error (w h)^2/6 =
        // 1.1e-5 relative (measured 6e-6); bound 5e-5
        assertEquals(-W, one(".meas tran d3 derivative v(s) when v(s)=0 fall=2"), 5e-5 * W);
    }

    @Test
    void windowStatistics() throws Exception {
        double a = 0.5e-3;
        double b = 2.5e-3;
        // avg of the step over [a, b]: 1 - tau (e^-a/tau - e^-b/tau) / (b - a); trapezoid error h^2/12 * f'' ~ 1e-7
        double avg = 1 - TAU * (Math.exp(-a / TAU) - Math.exp(-b / TAU)) / (b - a);
        assertEquals(avg, one(".meas tran a1 avg v(out) from=0.5m to=2.5m"), 1e-7);
        assertEquals(avg * (b - a), one(".meas tran i1 integ v(out) from=0.5m to=2.5m"), 1e-7 * (b - a));
        // current columns measure the same way: the integral of -1mA * e^-t/tau over the run;
        // trapezoid error h^2/12 * |f'(b) - f'(a)| = 1.4e-13 (measured 1.05e-13); bound 1e-12
        assertEquals(-1e-3 * TAU * (1 - Math.exp(-5)), one(".meas tran i2 integ i(v1)"), 1e-12);
        // rms of a sine over whole periods is 1/sqrt 2 (error of the squared interpolant ~ (wh)^2/12)
        assertEquals(1 / Math.sqrt(2), one(".meas tran r1 rms v(s) from=1m to=4m"), 1e-5);
        // avg over whole periods is 0, integ too
        assertEquals(0, one(".meas tran a2 avg v(s) from=1m to=4m"), 1e-9);
        // max of sin = 1 at T/4 + kT; the nearest sample is within h/2, so 1 - cos(w h/2) ~ 3e-6 low
        assertEquals(1, one(".meas tran m1 max v(s)"), 1e-5);
        assertEquals(-1, one(".meas tran m2 min v(s) from=0.5m to=1m"), 1e-5);
        assertEquals(2, one(".meas tran p1 pp v(s) from=0 to=2m"), 2e-5);
        // a window edge between samples is interpolated: the step's max over [0, 1.2345 ms] is at its end
        assertEquals(rc(1.2345e-3), one(".meas tran m3 max v(out) to=1.2345m"), 1e-7);
        assertEquals(0, one(".meas tran m4 min v(out)"), 0);
    }

    @Test
    void impossibleMeasurementsFailByName() throws Exception {
        List<MeasureResult> r = measure(
                ".meas tran never when v(out)=2",
                ".meas tran late trig v(s) val=0.5 rise=10 targ v(s) val=0.5 rise=11",
                ".meas tran outside avg v(out) from=6m to=7m",
                ".meas tran nosig max v(nothere)",
                ".meas tran atlate find v(out) at=7m",
                ".meas tran ok when v(out)=0.5");
        for (int i = 0; i < 5; i++) {
            assertFalse(r.get(i).succeeded(), r.get(i).name() + " " + r.get(i).line());
            assertTrue(r.get(i).line().matches(r.get(i).name() + "\\s+= failed"), r.get(i).line());
        }
        assertTrue(r.get(0).failure().contains("never happens"), r.get(0).failure());
        assertTrue(r.get(3).failure().contains("v(nothere)"), r.get(3).failure());
        assertTrue(r.get(5).succeeded());
        assertTrue(r.get(5).line().startsWith("ok"), r.get(5).line());
    }

    @Test
    void checkSamplingIsWhatTheBoundsAssume() {
        // the bounds above assume spacing <= 1.3 us over the whole 5 ms
        ResultTable t = table();
        double[] time = t.column(0);
        double worst = 0;
        for (int i = 1; i < time.length; i++) {
            worst = Math.max(worst, time[i] - time[i - 1]);
        }
        assertTrue(worst <= 1.3e-6 * (1 + 1e-9), "spacing " + worst);
        assertEquals(5e-3, time[time.length - 1], 0);
    }

    @Test
    void aWindowEndingPastTheRunEndsWithTheRun() throws Exception {
        // ngspice 39 reports "from=0 to=2e-3" for TO=10 on a 2 ms run: the window is clipped; so
        // TO=10 must equal TO=5m exactly here (same samples, same arithmetic)
        assertEquals(one(".meas tran a avg v(out) from=1m to=5m"), one(".meas tran b avg v(out) from=1m to=10"), 0.0);
        MeasureResult late = measure(".meas tran c avg v(out) from=6m to=10").get(0);
        assertTrue(!late.succeeded(), "a window starting after the run still fails");
    }
}
