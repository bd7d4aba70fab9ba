package memspice.tools.amc;

import static memspice.tools.amc.OpampSpec.num;

/**
 * The INV circuit of Sun et al., PNAS 116:4123 (2019), Fig. 1 (REFERENCE.md section 3), written as
 * a netlist. Op-amp i has its + input grounded, its inverting input on row {@code r<i>} and its
 * output on column {@code c<i>}; a conductance {@code A+_ij G0} joins row i and column j; a current
 * {@code b_i G0 * 1 V} is injected into row i. KCL at the rows gives I + G V = 0, so V = -A^-1 b.
 * Mixed-sign matrices A = A+ - A- get a second array holding A- between row i and node {@code m<j>},
 * the output of a unity-gain inverter (input and feedback resistors 1/G0) driven by column j, so
 * that array sees -V: I + G+ V - G- V = 0. Zero entries get no cell.
 *
 * @param a        the matrix (N x N, dimensionless; conductance unit G0)
 * @param b        the right-hand side (N values, dimensionless; current unit G0 * 1 V)
 * @param g0       conductance unit in S
 * @param opamp    the op-amps (array op-amps and inverters alike)
 * @param riseTime when positive, the currents are stepped from 0 to their value over this time (s)
 *                 by a PWL, so a transient starts from the all-zero state; 0 for a DC-only deck
 * @param wires    row and column wire parasitics per segment ({@link Wires}, geometry in {@link InverseArray})
 * @param memristorModel null for resistor cells; else the cells are YMEMRISTOR devices of
 *                 {@code .model mcell memristor model=hp <memristorModel>} (HP linear drift, e.g.
 *                 "ron=1k roff=10meg") programmed by {@code rinit = 1/G}: the operating point holds each
 *                 state at its programmed value, a transient lets it drift with the cell current
 */
public record InverseCircuit(double[][] a, double[] b, double g0, OpampSpec opamp, double riseTime, Wires wires,
                             String memristorModel) {

    /** The circuit without wire parasitics. */
    public InverseCircuit(double[][] a, double[] b, double g0, OpampSpec opamp, double riseTime) {
        this(a, b, g0, opamp, riseTime, Wires.NONE, null);
    }

    /** The circuit with resistor cells. */
    public InverseCircuit(double[][] a, double[] b, double g0, OpampSpec opamp, double riseTime, Wires wires) {
        this(a, b, g0, opamp, riseTime, wires, null);
    }

    public InverseCircuit {
        int n = a.length;
        if (n == 0) {
            throw new IllegalArgumentException("empty matrix");
        }
        for (double[] row : a) {
            if (row.length != n) {
                throw new IllegalArgumentException("the matrix must be square, it is " + n + " x " + row.length);
            }
        }
        if (b.length != n) {
            throw new IllegalArgumentException("the right-hand side has " + b.length + " values, the matrix " + n + " rows");
        }
        if (!(g0 > 0) || Double.isInfinite(g0)) {
            throw new IllegalArgumentException("G0 must be a positive conductance, got " + g0);
        }
        java.util.Objects.requireNonNull(wires, "wires");
        if (memristorModel != null && memristorModel.contains("\n")) {
            throw new IllegalArgumentException("the memristor model parameters must be one line");
        }
    }

    /** The same circuit with another current ramp (s). */
    public InverseCircuit withRiseTime(double t) {
        return new InverseCircuit(a, b, g0, opamp, t, wires, memristorModel);
    }

    /** N, the number of unknowns (and of array op-amps). */
    public int size() {
        return a.length;
    }

    /** True when some entry is negative, so the circuit has the second array and the inverters. */
    public boolean mixedSign() {
        for (double[] row : a) {
            for (double v : row) {
                if (v < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Name of row i's node (0-based i), op-amp i's inverting input. */
    public static String row(int i) {
        return "r" + (i + 1);
    }

    /** Name of column j's node (0-based j), op-amp j's output: the answer V_j. */
    public static String column(int j) {
        return "c" + (j + 1);
    }

    /** Name of inverter j's output node (0-based j), -V_j. */
    public static String inverted(int j) {
        return "m" + (j + 1);
    }

    /**
     * The netlist text.
     *
     * @param analyses analysis cards to append (e.g. ".op"), one per line
     */
    public String netlist(String... analyses) {
        return deck(null, analyses);
    }

    /**
     * The netlist text for ngspice (or memspice): the op-amps become instances of the
     * {@code netlists/opamps.lib} subcircuits ({@code opamp_ideal}, {@code opamp_gain},
     * {@code opamp_pole}), the same equations as YOPAMP.
     *
     * @param opampsLib path written in the {@code .include} card
     */
    public String ngspiceNetlist(String opampsLib, String... analyses) {
        return deck(java.util.Objects.requireNonNull(opampsLib, "opampsLib"), analyses);
    }

    private String deck(String opampsLib, String[] analyses) {
        int n = size();
        StringBuilder s = new StringBuilder();
        s.append("* memspice amc inverse: INV circuit (Sun et al., PNAS 116:4123, 2019), N=").append(n)
                .append(", G0=").append(num(g0)).append(" S; v(c<j>) = V_j = -(A^-1 b)_j\n");
        if (!wires.none()) {
            s.append("* wires per segment: R=").append(num(wires.r())).append(" ohm, C=").append(num(wires.c()))
                    .append(" F; row op-amps at the left end of the rows, column drivers at the top of the columns\n");
        }
        for (int i = 0; i < n; i++) {
            double current = b[i] * g0;
            s.append("i").append(i + 1).append(" 0 ").append(row(i)).append(" dc ").append(num(current));
            if (riseTime > 0) {
                s.append(" pwl(0 0 ").append(num(riseTime)).append(' ').append(num(current)).append(')');
            }
            s.append('\n');
        }
        for (int i = 0; i < n; i++) {
            s.append(opampCard(opampsLib, "u" + (i + 1), "0", row(i), column(i)));
        }
        for (InverseArray.Element e : InverseArray.elements(this)) {
            boolean cell = memristorModel != null && !e.capacitor() && (e.name().startsWith("rp") || e.name().startsWith("rn"));
            if (cell) {
                s.append("ymemristor ").append(e.name()).append(' ').append(e.n1()).append(' ').append(e.n2()).append(" mcell rinit=")
                        .append(num(e.value())).append('\n');
            } else {
                s.append(e.name()).append(' ').append(e.n1()).append(' ').append(e.n2()).append(' ').append(num(e.value())).append('\n');
            }
        }
        if (mixedSign()) {
            String r = num(1 / g0);
            for (int j = 0; j < n; j++) {
                s.append("ri").append(j + 1).append(' ').append(column(j)).append(" s").append(j + 1).append(' ').append(r).append('\n');
                s.append("rf").append(j + 1).append(" s").append(j + 1).append(' ').append(inverted(j)).append(' ').append(r).append('\n');
                s.append(opampCard(opampsLib, "w" + (j + 1), "0", "s" + (j + 1), inverted(j)));
            }
        }
        if (memristorModel != null) {
            if (opampsLib != null) {
                throw new IllegalArgumentException("YMEMRISTOR cells are memspice devices: no ngspice deck for them");
            }
            s.append(".model mcell memristor model=hp").append(memristorModel.isBlank() ? "" : " " + memristorModel.strip()).append('\n');
        }
        if (opampsLib == null) {
            s.append(opamp.modelCard("amp")).append('\n');
        } else {
            s.append(".include ").append(opampsLib).append('\n');
        }
        for (String card : analyses) {
            s.append(card).append('\n');
        }
        return s.append(".end\n").toString();
    }

    private String opampCard(String lib, String name, String plus, String minus, String out) {
        if (lib == null) {
            return "yopamp " + name + " " + plus + " " + minus + " " + out + " amp\n";
        }
        String sub = opamp.isIdeal() ? "opamp_ideal" : opamp.hasPole() ? "opamp_pole" : "opamp_gain";
        String params = opamp.isIdeal() ? "" : " params: a0=" + num(opamp.a0()) + (opamp.hasPole() ? " gbw=" + num(opamp.gbw()) : "");
        return "x" + name + " " + plus + " " + minus + " " + out + " " + sub + params + "\n";
    }
}
