package memspice.tools.amc;

import static memspice.tools.amc.OpampSpec.num;

/**
 * The pseudo-inverse / linear-regression circuit of Sun, Pedretti, Bricalli, Ielmini, Sci. Adv.
 * 6:eaay2378 (2020) (REFERENCE.md section 3), written as a netlist. X is N x M (N samples, M
 * features, entries >= 0, in units of G0); y has N values (current unit G0 * 1 V).
 * <ul>
 * <li>Array 1: cell X_ij G0 between row {@code r<i>} and column {@code w<j>}. Row i is the inverting
 *     input of TIA {@code t<i>} (feedback 1/G0, output {@code u<i>}); the current y_i G0 enters row i, so
 *     u = -(y + X w).</li>
 * <li>A unity-gain inverter per row (input and feedback 1/G0) makes {@code n<i>} = -u = y + X w.</li>
 * <li>Array 2: cell X_ij G0 between {@code n<i>} and column node {@code k<j>}, the inverting input of
 *     op-amp {@code o<j>} whose output is {@code w<j>}. KCL at k_j: (X^T (y + X w))_j = 0, so
 *     w = -(X^T X)^-1 X^T y: X w is the least-squares fit of -y.</li>
 * </ul>
 * The inverters make the loop through the two arrays negative feedback: with single-pole op-amps
 * dw/dt ~ -2 pi GBW D2^-1 X^T (y + X w), D2 the column sums of X, stable for X of full column rank.
 *
 * @param x     the data matrix (N x M, N >= M, non-negative)
 * @param y     the targets (N values)
 * @param g0    conductance unit in S
 * @param opamp the op-amps (TIAs, inverters and column op-amps)
 * @param slow     the column op-amps' GBW is the others' divided by this factor (>= 1): dominant-pole
 *                 compensation of the three-op-amp loop (1 = same op-amps everywhere)
 * @param riseTime when positive, the currents step from 0 over this time (s) by a PWL so a transient
 *                 starts from the all-zero state; 0 for a DC-only deck
 */
public record RegressCircuit(double[][] x, double[] y, double g0, OpampSpec opamp, double slow, double riseTime) {

    public RegressCircuit {
        if (!(slow >= 1) || Double.isInfinite(slow)) {
            throw new IllegalArgumentException("the column op-amps' slow-down factor must be >= 1, got " + slow);
        }
        int n = x.length;
        if (n == 0 || x[0].length == 0) {
            throw new IllegalArgumentException("empty data matrix");
        }
        int m = x[0].length;
        if (n < m) {
            throw new IllegalArgumentException("regression needs at least as many samples as features: " + n + " x " + m);
        }
        for (int i = 0; i < n; i++) {
            if (x[i].length != m) {
                throw new IllegalArgumentException("data row " + (i + 1) + " has " + x[i].length + " values, the first " + m);
            }
            for (int j = 0; j < m; j++) {
                if (x[i][j] < 0) {
                    throw new IllegalArgumentException("data row " + (i + 1) + ", column " + (j + 1) + ": " + x[i][j]
                            + " < 0; the regression circuit holds X as conductances (shift or scale the features)");
                }
            }
        }
        if (y.length != n) {
            throw new IllegalArgumentException("y has " + y.length + " values, X has " + n + " rows");
        }
        if (!(g0 > 0) || Double.isInfinite(g0)) {
            throw new IllegalArgumentException("G0 must be a positive conductance, got " + g0);
        }
    }

    /** The netlist text with the given analysis cards. */
    public String netlist(String... analyses) {
        int n = x.length;
        int m = x[0].length;
        String r = num(1 / g0);
        StringBuilder s = new StringBuilder();
        s.append("* memspice amc regress: pseudo-inverse circuit (Sun et al., Sci. Adv. 6:eaay2378, 2020), N=").append(n)
                .append(" samples, M=").append(m).append(" features, G0=").append(num(g0)).append(" S; v(w<j>) = w_j\n");
        for (int i = 1; i <= n; i++) {
            double current = y[i - 1] * g0;
            s.append("iy").append(i).append(" 0 r").append(i).append(" dc ").append(num(current));
            if (riseTime > 0) {
                s.append(" pwl(0 0 ").append(num(riseTime)).append(' ').append(num(current)).append(')');
            }
            s.append('\n');
            s.append("rt").append(i).append(" r").append(i).append(" u").append(i).append(' ').append(r).append('\n');
            s.append("yopamp t").append(i).append(" 0 r").append(i).append(" u").append(i).append(" amp\n");
            s.append("ri").append(i).append(" u").append(i).append(" s").append(i).append(' ').append(r).append('\n');
            s.append("rf").append(i).append(" s").append(i).append(" n").append(i).append(' ').append(r).append('\n');
            s.append("yopamp v").append(i).append(" 0 s").append(i).append(" n").append(i).append(" amp\n");
        }
        for (int j = 1; j <= m; j++) {
            s.append("yopamp o").append(j).append(" 0 k").append(j).append(" w").append(j).append(slow == 1 ? " amp\n" : " ampw\n");
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double v = x[i - 1][j - 1];
                if (v > 0) {
                    String cell = num(1 / (v * g0));
                    s.append("ra").append(i).append('_').append(j).append(" r").append(i).append(" w").append(j).append(' ')
                            .append(cell).append('\n');
                    s.append("rb").append(i).append('_').append(j).append(" n").append(i).append(" k").append(j).append(' ')
                            .append(cell).append('\n');
                }
            }
        }
        s.append(opamp.modelCard("amp")).append('\n');
        if (slow != 1) {
            s.append(columnOpamp().modelCard("ampw")).append('\n');
        }
        for (String card : analyses) {
            s.append(card).append('\n');
        }
        return s.append(".end\n").toString();
    }

    /** The column op-amps: the same A0, GBW divided by {@code slow}. */
    public OpampSpec columnOpamp() {
        return opamp.isIdeal() ? opamp : new OpampSpec(opamp.a0(), opamp.gbw() / slow);
    }
}
