package memspice.tools.amc;

import static memspice.tools.amc.OpampSpec.num;

/**
 * The eigenvector circuit (EGV) of Sun et al., PNAS 116:4123 (2019) (REFERENCE.md section 3) as a
 * netlist, for a non-negative matrix A (units of G0). Row i of the array (cells A_ij G0 between
 * row {@code r<i>} and {@code v<j>}) is the inverting input of TIA {@code t<i>} with feedback
 * conductance G_lambda (output {@code u<i>} = -(G v)_i / G_lambda); a unity-gain inverter
 * (resistors 1/G0) closes the loop: {@code v<i>} = -u_i. Steady states satisfy G v = G_lambda v,
 * i.e. A x = lambda x with lambda = G_lambda/G0; v = 0 is one too, so a short current pulse
 * {@code eps * p_i * G0 * 1 V} into each row perturbs it and the modes with loop gain above one grow.
 *
 * @param a        the matrix (N x N, entries >= 0)
 * @param gLambda  feedback conductance of the TIAs (S)
 * @param g0       conductance unit (S)
 * @param opamp    the op-amps
 * @param perturb  pulse direction p (N values)
 * @param eps      pulse amplitude (dimensionless; current eps p_i G0 * 1 V)
 * @param pulse    pulse length (s): linear rise, flat, linear fall, a third each
 * @param rails    output rails of every op-amp (TIAs and inverters), so that the growth saturates
 */
public record EigenCircuit(double[][] a, double gLambda, double g0, OpampSpec opamp, double[] perturb, double eps,
                           double pulse, Rails rails) {

    /** The circuit without output rails. */
    public EigenCircuit(double[][] a, double gLambda, double g0, OpampSpec opamp, double[] perturb, double eps, double pulse) {
        this(a, gLambda, g0, opamp, perturb, eps, pulse, Rails.NONE);
    }

    /** The same circuit with another pulse length (s). */
    public EigenCircuit withPulse(double t) {
        return new EigenCircuit(a, gLambda, g0, opamp, perturb, eps, t, rails);
    }

    public EigenCircuit {
        int n = a.length;
        if (n == 0) {
            throw new IllegalArgumentException("empty matrix");
        }
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("the matrix must be square, it is " + n + " x " + a[i].length);
            }
            for (int j = 0; j < n; j++) {
                if (a[i][j] < 0) {
                    throw new IllegalArgumentException("entry (" + (i + 1) + "," + (j + 1) + ") = " + a[i][j]
                            + " < 0: the eigenvector circuit takes a non-negative matrix (one array)");
                }
            }
        }
        if (perturb.length != n) {
            throw new IllegalArgumentException("the perturbation has " + perturb.length + " values, the matrix " + n + " rows");
        }
        java.util.Objects.requireNonNull(rails, "rails");
        if (!(gLambda > 0) || !(g0 > 0) || !(pulse > 0)) {
            throw new IllegalArgumentException("G_lambda, G0 and the pulse length must be positive");
        }
    }

    /** The netlist with the given analysis cards. */
    public String netlist(String... analyses) {
        int n = a.length;
        StringBuilder s = new StringBuilder();
        s.append("* memspice amc eigen: EGV circuit (Sun et al., PNAS 116:4123, 2019), N=").append(n).append(", G0=")
                .append(num(g0)).append(" S, G_lambda=").append(num(gLambda)).append(" S; v(v<j>) grows along the eigenvector\n");
        String r0 = num(1 / g0);
        for (int i = 1; i <= n; i++) {
            double cur = eps * perturb[i - 1] * g0;
            s.append("ip").append(i).append(" 0 r").append(i).append(" dc 0 pwl(0 0 ").append(num(pulse / 3)).append(' ')
                    .append(num(cur)).append(' ').append(num(2 * pulse / 3)).append(' ').append(num(cur)).append(' ')
                    .append(num(pulse)).append(" 0)\n");
            s.append("rl").append(i).append(" r").append(i).append(" u").append(i).append(' ').append(num(1 / gLambda)).append('\n');
            s.append("yopamp t").append(i).append(" 0 r").append(i).append(" u").append(i).append(" amp\n");
            s.append("ri").append(i).append(" u").append(i).append(" s").append(i).append(' ').append(r0).append('\n');
            s.append("rf").append(i).append(" s").append(i).append(" v").append(i).append(' ').append(r0).append('\n');
            s.append("yopamp w").append(i).append(" 0 s").append(i).append(" v").append(i).append(" amp\n");
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                double v = a[i - 1][j - 1];
                if (v > 0) {
                    s.append("ra").append(i).append('_').append(j).append(" r").append(i).append(" v").append(j).append(' ')
                            .append(num(1 / (v * g0))).append('\n');
                }
            }
        }
        String model = opamp.modelCard("amp");
        s.append(model, 0, model.length() - 1).append(rails.parameters()).append(")\n");
        for (String card : analyses) {
            s.append(card).append('\n');
        }
        return s.append(".end\n").toString();
    }
}
