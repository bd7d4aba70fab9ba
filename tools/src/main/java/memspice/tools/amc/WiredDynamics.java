package memspice.tools.amc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.uib.cipr.matrix.DenseMatrix;

/**
 * The INV circuit's full linearisation with wire capacitance: the states are the voltages of the
 * capacitive wire nodes ({@link InverseArray}, C to ground each), the array op-amps' outputs V and the
 * inverters' outputs U; the nodes without capacitance (the row op-amps' inputs r) are solved
 * algebraically. KCL at the capacitive nodes gives C dw/dt = -(G_ww w + G_wa a + G_wD x_D) + I with the
 * algebraic nodes a = G_aa^-1 (I_a - G_aw w - G_aD x_D) eliminated; the single-pole op-amps give
 * tp dV/dt = -V - A0 r and tp dU/dt = -U - A0 (V + U)/2 (InverseTheory). Altogether dx/dt = -M x + c;
 * the circuit is stable iff every eigenvalue of M has a positive real part. Dense: meant for up to
 * {@link #MAX_STATES} states.
 */
public final class WiredDynamics {

    /** Largest state count for which the dense eigenvalue problem is solved (a few seconds). */
    public static final int MAX_STATES = 1200;

    private WiredDynamics() {
    }

    /** The number of states of the circuit's linearisation. */
    public static int states(InverseCircuit c) {
        int caps = 0;
        for (InverseArray.Element e : InverseArray.elements(c)) {
            caps += e.capacitor() && !isDriver(c, e.n1()) ? 1 : 0;
        }
        return caps + (c.mixedSign() ? 2 : 1) * c.size();
    }

    /**
     * Eigenvalues of M (1/s), real parts [0] and imaginary [1], ascending real part.
     *
     * @throws IllegalArgumentException for op-amps without a pole, or more than MAX_STATES states
     */
    public static double[][] eigenvalues(InverseCircuit c) {
        OpampSpec op = c.opamp();
        if (!op.hasPole()) {
            throw new IllegalArgumentException("the linearised dynamics need op-amps with finite A0 and GBW");
        }
        int n = c.size();
        int drivers = (c.mixedSign() ? 2 : 1) * n;
        Map<String, Double> cap = new HashMap<>();
        List<InverseArray.Element> res = new ArrayList<>();
        for (InverseArray.Element e : InverseArray.elements(c)) {
            if (e.capacitor()) {
                cap.merge(e.n1(), e.value(), Double::sum);
            } else {
                res.add(e);
            }
        }
        Map<String, Integer> dyn = new HashMap<>();
        Map<String, Integer> alg = new HashMap<>();
        for (InverseArray.Element e : res) {
            for (String node : new String[] {e.n1(), e.n2()}) {
                if (!isDriver(c, node) && !node.equals("0")) {
                    (cap.containsKey(node) ? dyn : alg).putIfAbsent(node, (cap.containsKey(node) ? dyn : alg).size());
                }
            }
        }
        int nd = dyn.size();
        int na = alg.size();
        if (nd + drivers > MAX_STATES) {
            throw new IllegalArgumentException("the linearisation has " + (nd + drivers) + " states, more than " + MAX_STATES);
        }
        // conductance blocks over [dyn | alg] x [dyn | alg | drivers]
        int m = nd + na;
        DenseMatrix g = new DenseMatrix(m, m + drivers);
        for (InverseArray.Element e : res) {
            double y = 1 / e.value();
            int p = index(c, e.n1(), dyn, alg, nd, m);
            int q = index(c, e.n2(), dyn, alg, nd, m);
            if (p < m) {
                g.add(p, p, y);
                if (q < m + drivers) {
                    g.add(p, q, -y);
                }
            }
            if (q < m) {
                g.add(q, q, y);
                if (p < m + drivers) {
                    g.add(q, p, -y);
                }
            }
        }
        // eliminate the algebraic nodes: S = G_d* - G_da G_aa^-1 G_a*
        DenseMatrix gaa = new DenseMatrix(na, na);
        DenseMatrix gaRest = new DenseMatrix(na, nd + drivers);
        DenseMatrix gda = new DenseMatrix(nd, na);
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < na; j++) {
                gaa.set(i, j, g.get(nd + i, nd + j));
            }
            for (int j = 0; j < nd + drivers; j++) {
                gaRest.set(i, j, g.get(nd + i, j < nd ? j : na + j));
            }
        }
        for (int i = 0; i < nd; i++) {
            for (int j = 0; j < na; j++) {
                gda.set(i, j, g.get(i, nd + j));
            }
        }
        DenseMatrix x = new DenseMatrix(na, nd + drivers);
        gaa.solve(gaRest, x); // a = -x [w; D] + const
        int size = nd + drivers;
        DenseMatrix mm = new DenseMatrix(size, size);
        for (int i = 0; i < nd; i++) {
            double ci = cap.get(name(dyn, i));
            for (int j = 0; j < nd + drivers; j++) {
                double s = g.get(i, j < nd ? j : na + j);
                for (int k = 0; k < na; k++) {
                    s -= gda.get(i, k) * x.get(k, j);
                }
                mm.set(i, j, s / ci);
            }
        }
        double tp = op.a0() / (2 * Math.PI * op.gbw());
        double a0 = op.a0();
        for (int i = 0; i < n; i++) {
            String r = InverseCircuit.row(i);
            int row = nd + i;
            mm.add(row, row, 1 / tp);
            // r = w_r (a capacitive row node) or r = -x_r [w; D] + const (algebraic)
            if (dyn.containsKey(r)) {
                mm.add(row, dyn.get(r), a0 / tp);
            } else {
                int k = alg.get(r);
                for (int j = 0; j < nd + drivers; j++) {
                    mm.add(row, j, -a0 / tp * x.get(k, j));
                }
            }
            if (c.mixedSign()) {
                int u = nd + n + i;
                mm.add(u, row, a0 / (2 * tp));
                mm.add(u, u, (1 + a0 / 2) / tp);
            }
        }
        return InverseTheory.sortedEigenvalues(mm);
    }

    private static int index(InverseCircuit c, String node, Map<String, Integer> dyn, Map<String, Integer> alg, int nd, int m) {
        if (node.equals("0")) {
            return Integer.MAX_VALUE;
        }
        Integer d = dyn.get(node);
        if (d != null) {
            return d;
        }
        Integer a = alg.get(node);
        if (a != null) {
            return nd + a;
        }
        int j = Integer.parseInt(node.substring(1)) - 1;
        return m + (node.charAt(0) == 'c' ? j : c.size() + j);
    }

    private static boolean isDriver(InverseCircuit c, String node) {
        return node.matches("[cm]\\d+");
    }

    private static String name(Map<String, Integer> map, int index) {
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            if (e.getValue() == index) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("no node " + index);
    }
}
