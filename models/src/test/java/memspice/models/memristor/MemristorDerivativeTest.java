package memspice.models.memristor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every memristor model's evaluate() derivatives (dI/dv, dI/dx, d rate/dv, d rate/dx) against central
 * finite differences, at random operating points of both polarities and at the hard places: window
 * edges and state bounds, switching thresholds, overdrive where the safe exponentials take over.
 * Also: every model's values stay finite far outside its operating range (no overflow).
 */
class MemristorDerivativeTest {

    /** A model under test, the voltages and states to sample, and points that must be included. */
    record Case(String label, String card, double vLo, double vHi, double xLo, double xHi, double[][] special) {
    }

    static final String PEM_TABLES = "fxpdata=" + Path.of("src/test/resources/memristor/fxp_test.csv").toAbsolutePath()
            + " fxmdata=" + Path.of("src/test/resources/memristor/fxm_test.dat").toAbsolutePath();

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        String team = "ron=50 roff=1000 koff=1.46e-18 kon=-4.68e-22 alphaoff=10 alphaon=10 wc=1e-12 ioff=115e-6"
                + " ion=-8.9e-6 xscaling=1e9";
        // TEAM: R(x) = 50 + 316.7 x (x in nm); thresholds at v = ioff R(x), ion R(x); Kvatinsky edges at 0 and 3 nm
        for (int wt = 0; wt <= 4; wt++) {
            double[][] sp = {{115e-6 * 366.67 * 1.01, 1}, {-8.9e-6 * 366.67 * 1.01, 1}, {0.5, 0.002}, {-0.5, -0.002},
                    {-0.5, 0.001}, {1.0, 2.999}, {1.0, 3.002}, {-1, 0.01}, {-1, -0.003}, {2, 1.5}, {-2, 1.5}};
            c.add(new Case("TEAM wt=" + wt, "level=2 " + team + " wt=" + wt, -1.5, 1.5, -0.01, 3.01, sp));
        }
        c.add(new Case("TEAM exponential I-V, no saturation", "level=2 " + team + " wt=4 iv=1 vmax=0", -1.5, 1.5, 0, 3,
                new double[][]{{0.3, 0.5}, {-0.3, 2.5}}));
        c.add(new Case("TEAM Prodromakis p=2 j=1.2", "level=2 " + team + " wt=3 p=2 j=1.2", -1.5, 1.5, 0, 3,
                new double[][]{{1, 0.01}, {-1, 2.99}}));
        c.add(new Case("Yakopcic", "level=3 a1=0.17 a2=0.17 b=0.05 vp=0.16 vn=0.15 ap=4000 an=4000 xp=0.3 xn=0.5"
                + " alphap=1 alphan=5 eta=1", -1, 1, 0, 1,
                new double[][]{{0.17, 0.2}, {0.17, 0.4}, {-0.16, 0.4}, {-0.16, 0.6}, {0.4, 0.999}, {-0.4, 0.001},
                        {0.3, 1.0005}, {-0.3, -0.0005}}));
        c.add(new Case("Yakopcic eta=-1", "level=3 eta=-1", -1, 1, 0, 1, new double[][]{{0.5, 0.5}, {-0.5, 0.5}}));
        c.add(new Case("PEM with tables", "level=4 " + PEM_TABLES + " vp=0.7 vn=1.0", -1.2, 1.2, 0, 1,
                new double[][]{{0.75, 0.55}, {-0.2, 0.55}, {0.95, 0.25}, {1.05, 0.25}, {0.3, 0.999}, {-0.3, 0.001}}));
        c.add(new Case("PEM without tables, paper-style VN < 0", "level=4 vp=0.7 vn=-0.8", -1.2, 1.2, 0, 1,
                new double[][]{{0.8, 0.5}, {-0.9, 0.5}}));
        for (int wt = 0; wt <= 3; wt++) {
            c.add(new Case("HP wt=" + wt, "model=hp wt=" + wt + " p=2", -1, 1, 0, 1,
                    new double[][]{{0.5, 0.001}, {-0.5, 0.999}, {0.5, 0.999}, {-0.5, 0.001}, {0.1, 1.0004}}));
        }
        c.add(new Case("VTEAM", "model=vteam", -0.6, 0.6, 0, 3,
                new double[][]{{0.0202, 1}, {-0.202, 1}, {0.1, 2.999}, {-0.5, 0.001}, {0.05, 3.001}}));
        c.add(new Case("VTEAM Biolek window, no saturation", "model=vteam wt=2 p=1 vmax=0", -0.6, 0.6, 0.01, 2.99,
                new double[][]{{0.3, 1.5}, {-0.3, 1.5}}));
        c.add(new Case("Stanford-PKU RRAM", "model=rram", -1.6, 1.6, 2e-10, 17e-10,
                new double[][]{{1.3, 5e-10}, {-1.3, 15e-10}, {1.2, 2.001e-10}, {-1.5, 16.99e-10}, {0.9, 1e-9},
                        {1.35, 3e-10}}));
        c.add(new Case("Knowm MMSS", "model=mmss", -1, 1, 0, 1,
                new double[][]{{0.27, 0.5}, {-0.27, 0.5}, {0.6, 0.999}, {-0.6, 0.001}}));
        return c;
    }

    @TestFactory
    Stream<DynamicTest> derivativesMatchFiniteDifferences() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.label(), () -> check(c)));
    }

    private static void check(Case c) throws Exception {
        MemristorModel m = MemristorTestSupport.model("v1 a 0 0\nymemristor mr1 a 0 mm\n.model mm memristor " + c.card(), "mr1");
        Random rnd = new Random(c.label().hashCode());
        List<double[]> points = new ArrayList<>(List.of(c.special()));
        for (int k = 0; k < 400; k++) {
            points.add(new double[]{c.vLo() + (c.vHi() - c.vLo()) * rnd.nextDouble(),
                    c.xLo() + (c.xHi() - c.xLo()) * rnd.nextDouble()});
        }
        double xScale = Math.max(Math.abs(c.xHi()), Math.abs(c.xLo()));
        List<String> failures = new ArrayList<>();
        int moving = 0;
        for (double[] p : points) {
            MemristorEvaluation e = new MemristorEvaluation();
            m.evaluate(p[0], p[1], e);
            moving += e.rate != 0 ? 1 : 0;
            double hv = 1e-7 * Math.max(Math.abs(p[0]), 0.01);
            double hx = 1e-7 * xScale;
            compare(m, p, hv, true, e, failures);
            compare(m, p, hx, false, e, failures);
        }
        assertTrue(moving > 20, c.label() + ": the state moves at only " + moving + " sampled points");
        if (!failures.isEmpty()) {
            fail(c.label() + ":\n" + String.join("\n", failures.subList(0, Math.min(8, failures.size()))));
        }
    }

    /**
     * Central difference in v or x of current and rate against the analytic derivative. Tolerance:
     * 1e-5 relative (the O(h^2) truncation with h = 1e-7 of the scale is ~1e-10 relative; any wrong
     * or missing term is O(1)), plus the second difference |y+ - 2y + y-|/h, which bounds the error
     * where a region boundary (threshold, window branch, table knot) lies within h, plus rounding
     * 1e-13 |y|/h.
     */
    private static void compare(MemristorModel m, double[] p, double h, boolean inV, MemristorEvaluation e,
                                List<String> failures) {
        MemristorEvaluation plus = new MemristorEvaluation();
        MemristorEvaluation minus = new MemristorEvaluation();
        if (inV) {
            m.evaluate(p[0] + h, p[1], plus);
            m.evaluate(p[0] - h, p[1], minus);
        } else {
            m.evaluate(p[0], p[1] + h, plus);
            m.evaluate(p[0], p[1] - h, minus);
        }
        check("dI/d" + (inV ? "v" : "x"), inV ? e.dCurrentDv : e.dCurrentDx, plus.current, e.current, minus.current, h, p,
                failures);
        check("drate/d" + (inV ? "v" : "x"), inV ? e.dRateDv : e.dRateDx, plus.rate, e.rate, minus.rate, h, p, failures);
    }

    private static void check(String what, double analytic, double yp, double y0, double ym, double h, double[] p,
                              List<String> failures) {
        double fd = (yp - ym) / (2 * h);
        double tol = 1e-5 * Math.max(Math.abs(fd), Math.abs(analytic)) + Math.abs(yp - 2 * y0 + ym) / h
                + 1e-13 * Math.max(Math.abs(yp), Math.abs(ym)) / h;
        if (!(Math.abs(fd - analytic) <= tol) || !Double.isFinite(analytic)) {
            failures.add(String.format(Locale.ROOT, "%s at v=%.6g x=%.6g: analytic %.9g, finite difference %.9g (tol %.3g)",
                    what, p[0], p[1], analytic, fd, tol));
        }
    }

    @Test
    void valuesStayFiniteFarOutsideTheOperatingRange() throws Exception {
        for (Case c : cases()) {
            MemristorModel m = MemristorTestSupport.model("v1 a 0 0\nymemristor mr1 a 0 mm\n.model mm memristor "
                    + c.card(), "mr1");
            double span = c.xHi() - c.xLo();
            for (double v : new double[]{-1e3, -50, 50, 1e3}) {
                for (double x : new double[]{c.xLo() - 10 * span, c.xLo(), c.xHi(), c.xHi() + 10 * span}) {
                    MemristorEvaluation e = new MemristorEvaluation();
                    m.evaluate(v, x, e);
                    double[] all = {e.current, e.dCurrentDv, e.dCurrentDx, e.rate, e.dRateDv, e.dRateDx};
                    for (double a : all) {
                        assertTrue(Double.isFinite(a), c.label() + ": non-finite value at v=" + v + " x=" + x);
                    }
                }
            }
        }
    }

    @Test
    void stateBoundsStopOutwardMotionAndAllowReturn() throws Exception {
        // HP with no window: only the bound stops the state. Band 1e-3 beyond x = 1: factor 1 inside,
        // 1/2 half-way (smoothstep), exactly 0 from 1.001 on, whatever the drive.
        MemristorModel m = MemristorTestSupport.model("v1 a 0 0\nymemristor mr1 a 0 mm\n.model mm memristor model=hp wt=0",
                "mr1");
        double k = 1e-14 * 100 / 1e-16;
        MemristorEvaluation e = new MemristorEvaluation();
        m.evaluate(1, 0.995, e);
        assertEquals(k / (100 * 0.995 + 16e3 * 0.005), e.rate, 1e-12 * e.rate, "no effect inside");
        m.evaluate(1, 1.0005, e);
        assertEquals(0.5 * k / 100, e.rate, 1e-9 * e.rate, "half-way through the band (R held at ron beyond 1)");
        m.evaluate(1e3, 1.001, e);
        assertEquals(0.0, e.rate, 0.0, "no outward motion past the band");
        m.evaluate(-1, 1.005, e);
        assertTrue(e.rate < 0, "a state beyond the bound returns under reverse drive");
        m.evaluate(-1e3, -0.002, e);
        assertEquals(0.0, e.rate, 0.0, "the lower band too");
    }
}
