package memspice.tools.amc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.uib.cipr.matrix.DenseMatrix;
import no.uib.cipr.matrix.DenseVector;

/**
 * What the INV circuit with wire resistance ({@link Wires}, {@link InverseArray}) should produce,
 * from its resistive network solved as a nodal system (one sparse LU, one solve per driver). The
 * network is linear in its drivers, so the row op-amps' inputs are r = M_V V + M_U U + m: V the
 * column op-amps' outputs, U the inverters' outputs (mixed sign), m the rows' response to the input
 * currents b G0 with every driver at 0 V. Without wires M_V = D^-1 A+, M_U = D^-1 A-, m = D^-1 b
 * ({@link InverseTheory}); with wires they carry the IR drops. From them:
 * <ul>
 * <li>finite gain A0: V = -A0 r and U = -k V (k = A0/(A0+2), the inverter's gain), so
 *     (M_V - k M_U + I/A0) V = -m; nullors: (M_V - M_U) V = -m;</li>
 * <li>the associated matrix M_V - M_U (D^-1 G without wires), whose eigenvalues need positive real
 *     parts, and the full linearised dynamics with single-pole op-amps,
 *     J = [[I + A0 M_V, A0 M_U], [A0/2 I, (1 + A0/2) I]], tp dx/dt = -J x + const.</li>
 * </ul>
 * This linearisation holds the wire nodes algebraic: it covers wire resistance exactly, not wire
 * capacitance ({@link WiredDynamics} adds it; {@link #wireDelay} estimates its time scale).
 */
public final class WiredTheory {

    private final InverseCircuit circuit;
    private final double[][] mv;
    private final double[][] mu;
    private final double[] m;

    /** Assembles, factors and solves the circuit's wired network. */
    public WiredTheory(InverseCircuit c) {
        this.circuit = c;
        int n = c.size();
        Map<String, Integer> drivers = new HashMap<>();
        for (int j = 0; j < n; j++) {
            drivers.put(InverseCircuit.column(j), j);
            drivers.put(InverseCircuit.inverted(j), n + j);
        }
        Map<String, Integer> free = new HashMap<>();
        for (int i = 0; i < n; i++) {
            free.put(InverseCircuit.row(i), i);
        }
        List<InverseArray.Element> res = new ArrayList<>();
        for (InverseArray.Element e : InverseArray.elements(c)) {
            if (!e.capacitor()) {
                res.add(e);
                for (String node : new String[] {e.n1(), e.n2()}) {
                    if (!drivers.containsKey(node) && !node.equals("0")) {
                        free.putIfAbsent(node, free.size());
                    }
                }
            }
        }
        int size = free.size();
        NodalNetwork net = new NodalNetwork(size);
        List<List<double[]>> coupling = new ArrayList<>();
        for (int d = 0; d < 2 * n; d++) {
            coupling.add(new ArrayList<>());
        }
        for (InverseArray.Element e : res) {
            double g = 1 / e.value();
            Integer a = free.get(e.n1());
            Integer b = free.get(e.n2());
            if (a == null) {
                Integer t = a;
                a = b;
                b = t;
                e = new InverseArray.Element(e.name(), e.n2(), e.n1(), e.value(), false);
            }
            if (a == null) {
                throw new IllegalStateException("element " + e.name() + " joins two driven nodes");
            }
            net.conductance(a, b == null ? -1 : b, g);
            Integer d = drivers.get(e.n2());
            if (b == null && d != null) {
                coupling.get(d).add(new double[] {a, g});
            }
        }
        net.factor();
        int drv = c.mixedSign() ? 2 * n : n;
        mv = new double[n][n];
        mu = new double[n][n];
        double[] x = new double[size];
        for (int d = 0; d < drv; d++) {
            java.util.Arrays.fill(x, 0);
            for (double[] ag : coupling.get(d)) {
                x[(int) ag[0]] += ag[1];
            }
            net.solve(x);
            for (int i = 0; i < n; i++) {
                (d < n ? mv : mu)[i][d % n] = x[i];
            }
        }
        java.util.Arrays.fill(x, 0);
        for (int i = 0; i < n; i++) {
            x[i] = c.b()[i] * c.g0();
        }
        net.solve(x);
        m = java.util.Arrays.copyOf(x, n);
    }

    /** dr_i/dV_j (dimensionless): the rows' response to the column op-amps' outputs. */
    public double[][] mv() {
        return copy(mv);
    }

    /** dr_i/dU_j (dimensionless): the rows' response to the inverters' outputs (0 for a positive matrix). */
    public double[][] mu() {
        return copy(mu);
    }

    /** The rows' voltage (V) from the input currents with every driver at 0 V. */
    public double[] m() {
        return m.clone();
    }

    /** The wired circuit's answer with nullor op-amps (V). */
    public double[] ideal() {
        return solve(system(OpampSpec.ideal()));
    }

    /** The wired circuit's answer with the circuit's op-amps (V): the circuit's exact operating point. */
    public double[] finiteGain() {
        return solve(system(circuit.opamp()));
    }

    /** ||(M_V - k M_U + I/A0) V + m||_inf / ||m||_inf at the circuit's V. */
    public double finiteGainResidual(double[] v) {
        DenseVector r = new DenseVector(m.clone());
        system(circuit.opamp()).multAdd(new DenseVector(v.clone()), r);
        return r.norm(no.uib.cipr.matrix.Vector.Norm.Infinity) / InverseTheory.normInf(m);
    }

    /** Eigenvalues of M_V - M_U (real [0], imaginary [1], ascending real part). */
    public double[][] associatedEigenvalues() {
        return InverseTheory.sortedEigenvalues(system(OpampSpec.ideal()));
    }

    /** Eigenvalues of J in units of 1/tp (see the class comment), ascending real part. */
    public double[][] dynamicsEigenvalues() {
        int n = circuit.size();
        boolean mixed = circuit.mixedSign();
        double a0 = circuit.opamp().a0();
        DenseMatrix j = new DenseMatrix(mixed ? 2 * n : n, mixed ? 2 * n : n);
        for (int i = 0; i < n; i++) {
            j.add(i, i, 1);
            for (int k = 0; k < n; k++) {
                j.add(i, k, a0 * mv[i][k]);
                if (mixed) {
                    j.set(i, n + k, a0 * mu[i][k]);
                }
            }
            if (mixed) {
                j.set(n + i, i, a0 / 2);
                j.set(n + i, n + i, 1 + a0 / 2);
            }
        }
        return InverseTheory.sortedEigenvalues(j);
    }

    /**
     * An upper estimate of the wires' own time constant (s), left out of the linearisation: the
     * Elmore delay of the longest wire as an open RC ladder, R C K (K + 1) / 2 for K segments, plus
     * its whole capacitance K C through the cell resistance 1 / (min |A_ij| G0) of the weakest cell.
     */
    public static double wireDelay(InverseCircuit c) {
        int k = c.mixedSign() ? 2 * c.size() : c.size();
        double minA = Double.POSITIVE_INFINITY;
        for (double[] row : c.a()) {
            for (double v : row) {
                if (v != 0) {
                    minA = Math.min(minA, Math.abs(v));
                }
            }
        }
        Wires w = c.wires();
        return w.r() * w.c() * k * (k + 1) / 2.0 + k * w.c() / (minA * c.g0());
    }

    private DenseMatrix system(OpampSpec op) {
        int n = circuit.size();
        double k = InverseTheory.inverterGain(op);
        DenseMatrix s = new DenseMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s.set(i, j, mv[i][j] - k * mu[i][j]);
            }
            if (!op.isIdeal()) {
                s.add(i, i, 1 / op.a0());
            }
        }
        return s;
    }

    private double[] solve(DenseMatrix s) {
        DenseVector rhs = new DenseVector(m.clone());
        rhs.scale(-1);
        DenseVector x = new DenseVector(circuit.size());
        s.copy().solve(rhs, x);
        return x.getData();
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
