package memspice.tools.devices;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import memspice.circuit.Circuit;
import memspice.circuit.Elaborator;
import memspice.circuit.MnaSystem;
import memspice.circuit.UnknownKind;
import memspice.device.Device;
import memspice.device.DeviceFactory;
import memspice.device.DeviceRegistry;
import memspice.netlist.DeckReader;
import memspice.netlist.NetlistParser;

/**
 * Every registered {@link DeviceFactory} (enumerated with {@link ServiceLoader}, so devices added
 * later are covered) builds its {@link DeviceSamples} circuits, and at many operating points the
 * Jacobians its devices load, G = df/dx and C = dq/dx, agree with central finite differences of the
 * f and q they load, in DC mode and in transient mode. A factory without a sample fails the test.
 */
class JacobianConsistencyTest {

    /** Operating points per sample and mode. */
    private static final int POINTS = 60;
    private static final double EPS = Math.ulp(1.0);

    @Test
    void everyRegisteredFactoryHasASample() {
        TreeSet<String> missing = new TreeSet<>();
        for (DeviceFactory f : ServiceLoader.load(DeviceFactory.class)) {
            for (String key : f.keys()) {
                if (!DeviceSamples.SAMPLES.containsKey(key) || DeviceSamples.SAMPLES.get(key).isEmpty()) {
                    missing.add(key + " (" + f.getClass().getName() + ")");
                }
            }
        }
        assertTrue(missing.isEmpty(), "registered device factories without a sample in DeviceSamples: " + missing
                + "; add a sample so their Jacobians are checked");
    }

    @TestFactory
    Stream<DynamicTest> jacobiansMatchFiniteDifferences() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DeviceFactory f : ServiceLoader.load(DeviceFactory.class)) {
            for (String key : f.keys()) {
                for (DeviceSamples.Sample s : DeviceSamples.SAMPLES.getOrDefault(key, List.of())) {
                    tests.add(DynamicTest.dynamicTest(key + ": " + s.label(), () -> check(key, s)));
                }
            }
        }
        return tests.stream();
    }

    private static MnaSystem build(DeviceSamples.Sample s) throws Exception {
        String text = "sample: " + s.label() + "\n" + s.lines() + "\n.end\n";
        Path file = Path.of("sample.cir");
        var netlist = NetlistParser.parse(file, DeckReader.read(file.toString(), text));
        Circuit c = Elaborator.elaborate(netlist, DeviceRegistry.get(), Map.of()).circuit();
        return new MnaSystem(c);
    }

    private static void check(String key, DeviceSamples.Sample s) throws Exception {
        MnaSystem sys = build(s);
        String prefix = key.toLowerCase(Locale.ROOT);
        boolean built = false;
        for (Device d : sys.circuit().devices()) {
            built |= d.name().startsWith(prefix);
        }
        assertTrue(built, "sample '" + s.label() + "' builds no device of key " + key);
        int n = sys.size();
        Random rnd = new Random(12345 + s.label().hashCode());
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (int mode = 0; mode < 2; mode++) {
            sys.context().setMode(mode == 0, mode == 1, 1e-6);
            for (int point = 0; point < POINTS && failures.size() < 5; point++) {
                double[] x0 = draw(sys, s, rnd);
                compared += compareAt(sys, s, x0, n, mode == 0 ? "dc" : "tran", failures);
            }
        }
        assertTrue(compared > 0, "nothing compared");
        if (!failures.isEmpty()) {
            fail(key + " / " + s.label() + ": analytic Jacobian disagrees with finite differences:\n"
                    + String.join("\n", failures));
        }
    }

    /** An operating point: node voltages from the sample's levels plus jitter, branch currents ~ mA, states in range. */
    private static double[] draw(MnaSystem sys, DeviceSamples.Sample s, Random rnd) {
        var u = sys.circuit().unknowns();
        double[] x = new double[sys.size() + 1];
        for (int i = 0; i < sys.size(); i++) {
            UnknownKind k = u.kind(i);
            x[i] = switch (k) {
                case NODE -> s.levels()[rnd.nextInt(s.levels().length)] + s.jitter() * (2 * rnd.nextDouble() - 1);
                case BRANCH -> 1e-3 * rnd.nextGaussian();
                case STATE -> s.stateLo() + (s.stateHi() - s.stateLo()) * rnd.nextDouble();
            };
        }
        return x;
    }

    private static int compareAt(MnaSystem sys, DeviceSamples.Sample s, double[] x0, int n, String mode,
                                 List<String> failures) {
        double[] x = sys.x();
        System.arraycopy(x0, 0, x, 0, n + 1);
        load(sys);
        double[] f0 = sys.f().clone();
        double[] q0 = sys.q().clone();
        double[] scale = sys.scale().clone();
        double[][] g = dense(sys, sys.g(), n);
        double[][] c = dense(sys, sys.c(), n);
        int compared = 0;
        for (int j = 0; j < n; j++) {
            double h = 1e-6 * Math.max(Math.abs(x0[j]), unitOf(sys, s, j));
            x[j] = x0[j] + h;
            load(sys);
            double[] fp = sys.f().clone();
            double[] qp = sys.q().clone();
            x[j] = x0[j] - h;
            load(sys);
            double[] fm = sys.f().clone();
            double[] qm = sys.q().clone();
            x[j] = x0[j];
            for (int i = 0; i < n; i++) {
                compared += 2;
                checkEntry("G", i, j, g, f0, fp, fm, h, scale[i], x0, sys, mode, failures);
                checkEntry("C", i, j, c, q0, qp, qm, h, Math.max(Math.abs(q0[i]), Math.max(Math.abs(qp[i]), Math.abs(qm[i]))),
                        x0, sys, mode, failures);
            }
        }
        return compared;
    }

    /**
     * |fd - analytic| <= 1e-5 max(|fd|, |an|) + |y+ - 2 y0 + y-| / h + 10 eps (rowScale + sum_k |J_ik x_k|) / h.
     * The first term is far above the central difference's truncation error h^2 |y'''| / 6 for these
     * devices (h = 1e-6 V against voltage scales >= vt = 26 mV gives ~1e-9 relative) and far below any
     * real slip (a missing term or wrong factor is O(1) relative). The second, the second difference,
     * bounds the error where a region boundary within h makes y'' jump (smoothstep edges, sat/linear,
     * cut-off): there the central difference is off by up to h |delta y''| / 2. The third is the
     * rounding of the row's terms divided by the step.
     */
    private static void checkEntry(String what, int i, int j, double[][] an, double[] y0, double[] yp, double[] ym, double h,
                                   double rowScale, double[] x0, MnaSystem sys, String mode, List<String> failures) {
        double fd = (yp[i] - ym[i]) / (2 * h);
        double a = an[i][j];
        double roundoff = rowScale;
        for (int k = 0; k < x0.length - 1; k++) {
            roundoff += Math.abs(an[i][k] * x0[k]);
        }
        double tol = 1e-5 * Math.max(Math.abs(fd), Math.abs(a)) + Math.abs(yp[i] - 2 * y0[i] + ym[i]) / h
                + 10 * EPS * roundoff / h;
        if (!(Math.abs(fd - a) <= tol) && failures.size() < 5) {
            var u = sys.circuit().unknowns();
            StringBuilder at = new StringBuilder();
            for (int k = 0; k < x0.length - 1; k++) {
                at.append(k == 0 ? "" : ", ").append(u.name(k)).append('=').append(String.format(Locale.ROOT, "%.6g", x0[k]));
            }
            failures.add(String.format(Locale.ROOT, "%s %s d(row %s)/d(%s): analytic %.9g, finite difference %.9g (tol %.3g) at %s",
                    mode, what, u.name(i), u.name(j), a, fd, tol, at));
        }
    }

    /**
     * The scale of an unknown for the difference step: 1 V, 1 mA, and for a state the sample's state
     * range (a state in metres, such as the RRAM gap of ~1e-9 m, needs a step of its own size, not
     * 1e-6 of a unit; the other memristor states span ~1, where this is the unit step as before).
     */
    private static double unitOf(MnaSystem sys, DeviceSamples.Sample s, int i) {
        return switch (sys.circuit().unknowns().kind(i)) {
            case NODE -> 1.0;
            case BRANCH -> 1e-3;
            case STATE -> Math.min(1.0, s.stateHi() - s.stateLo());
        };
    }

    /** Loads at the present x with the junction-limiting memory cleared, so devices evaluate at x itself. */
    private static void load(MnaSystem sys) {
        sys.context().resetLimiting();
        sys.load();
    }

    /** A dense copy of a slot array (G or C) by (row, column). */
    private static double[][] dense(MnaSystem sys, double[] slots, int n) {
        double[][] m = new double[n][n];
        int[] colPtr = sys.colPtr();
        int[] rowIdx = sys.rowIdx();
        int[] colOf = new int[sys.nonZeros()];
        for (int col = 0; col < n; col++) {
            for (int k = colPtr[col]; k < colPtr[col + 1]; k++) {
                colOf[k] = col;
            }
        }
        for (int s = 1; s < sys.slotCount(); s++) {
            int k = sys.cscIndex(s);
            m[rowIdx[k]][colOf[k]] += slots[s];
        }
        return m;
    }
}
