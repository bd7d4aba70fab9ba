package memspice.tools.crossbar;

import java.util.Locale;

/**
 * What sits at each cross point of a {@link CrossbarSpec}, between row node {@code r<i>_<j>} and
 * column node {@code c<i>_<j>}. Every type is written in standard SPICE (R, M, D, B, G, C, V and a
 * subcircuit) so ngspice runs the same netlist.
 *
 * <ul>
 *   <li>{@link Type#RESISTOR}: a linear resistor 1/G (the original generator).</li>
 *   <li>{@link Type#ONE_T_ONE_R}: resistor 1/G from the row to {@code m<i>_<j>}, then an NMOS
 *       level-1 access transistor (drain {@code m<i>_<j>}, source the column, bulk ground) whose gate
 *       is word line {@code wl<i>}, driven by {@code vwl<i>} at {@code vg} volts.</li>
 *   <li>{@link Type#ONE_S_ONE_R}: resistor 1/G to {@code m<i>_<j>}, then a selector of two
 *       antiparallel level-1 diodes to the column (current ~ 2 IS sinh(V/Vt) well below the knee).</li>
 *   <li>{@link Type#MEMRISTOR}: an HP linear-drift memristor (Strukov et al., Nature 453, 80, 2008:
 *       R(x) = RON x + ROFF (1 - x), dx/dt = k i f(x)) with the Joglekar window f = 1 - (2x - 1)^2
 *       (Joglekar and Wolf, Eur. J. Phys. 30, 661, 2009, p = 1), as the behavioural subcircuit
 *       {@link #MEMRISTOR_SUBCKT}; the state x is the voltage of a 1 F capacitor. It is programmed to
 *       x0 = (ROFF - 1/G)/(ROFF - RON) so its (ohmic) conductance at any read voltage is G.</li>
 *   <li>{@link Type#SINH}: the nonlinear RRAM-like I-V I = (G / b) sinh(b V) as a behavioural
 *       current source (low-field conductance G, nonlinearity b in 1/V), the law of
 *       {@link memspice.tools.irdrop.SinhCrossbar}.</li>
 *   <li>{@link Type#YMEMRISTOR}: a memspice {@code YMEMRISTOR} device of the models/ library. When
 *       {@code ymodel} names no model ({@code level=} or {@code model=}), the card is
 *       {@code .model mcell memristor model=hp <ymodel>} (HP linear drift) and each cell is
 *       programmed exactly by its instance parameter {@code rinit=1/G}; otherwise the card is
 *       {@code .model mcell memristor <ymodel>} and each cell gets {@code xo=} from {@code states}
 *       ({@link MemristorProgrammer}). This netlist is memspice-only: ngspice has no Y devices.</li>
 * </ul>
 *
 * <p>Programmed state and the operating point: an integrator has no DC equilibrium under a read
 * current, so the drift is multiplied by the voltage of node {@code en}, driven by
 * {@code ven en 0 pwl(0 0 1n 1)}: 0 in {@code .op} (the state is exactly x0, an initial condition),
 * 1 after the first nanosecond of a transient. A 1 G-ohm leak to x0 keeps the state node defined at
 * DC; with the 1 F capacitor its time constant is 1e9 s, so it does not disturb a transient.
 *
 * @param type   the cell type
 * @param vg     word-line gate voltage (V) for 1T1R; unused otherwise
 * @param b      sinh nonlinearity (1/V) for SINH cells; unused otherwise
 * @param ymodel YMEMRISTOR .model parameters (may be empty: hp defaults); unused otherwise
 * @param states programmed YMEMRISTOR states [rows][cols] for a named model, null for hp/rinit or other types
 */
public record CrossbarCell(Type type, double vg, double b, String ymodel, double[][] states) {

    /** Cell kinds, with their CLI names. */
    public enum Type {
        RESISTOR("resistor"), ONE_T_ONE_R("1t1r"), ONE_S_ONE_R("1s1r"), MEMRISTOR("memristor"), SINH("sinh"),
        YMEMRISTOR("ymemristor");

        private final String cliName;

        Type(String cliName) {
            this.cliName = cliName;
        }

        public String cliName() {
            return cliName;
        }

        /** The type named {@code name} (case-insensitive), or an IllegalArgumentException listing the names. */
        public static Type parse(String name) {
            for (Type t : values()) {
                if (t.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown cell type '" + name + "' (resistor, 1t1r, 1s1r, memristor, sinh, ymemristor)");
        }
    }

    /** Access transistor: level 1, VTO 0.45 V, KP 200 uA/V^2, W/L = 1u/0.18u (a generic 180 nm NMOS). */
    public static final String NMOS_MODEL = ".model nacc nmos(level=1 vto=0.45 kp=200u gamma=0.3 phi=0.8 lambda=0.1)";
    /** Access transistor geometry on each M card. */
    public static final String NMOS_GEOMETRY = "w=1u l=0.18u";
    /** Selector diode: IS 1e-12 A, N 1 (conducts ~1e-4 A at 0.5 V, ~1e-9 A at 0.2 V). */
    public static final String DIODE_MODEL = ".model dsel d(is=1e-12 n=1)";
    /** Memristor on resistance (ohm). */
    public static final double RON = 1e3;
    /** Memristor off resistance (ohm). */
    public static final double ROFF = 1e7;
    /**
     * HP memristor subcircuit, terminals (p, n, en), parameter x0. k = mu_v RON / D^2 with
     * mu_v = 1e-14 m^2/(V s), D = 10 nm (Strukov et al. 2008): 1e-14 * 1e3 / 1e-16 = 1e5 per coulomb.
     */
    public static final String MEMRISTOR_SUBCKT = String.join("\n",
            "* HP linear-drift memristor, Joglekar window p=1; state x = v(x); drift gated by v(en)",
            ".subckt memr p n en x0=0.5",
            "bm p n i={v(p,n)/(" + CrossbarNetlist.num(RON) + "*v(x)+" + CrossbarNetlist.num(ROFF) + "*(1-v(x)))}",
            "cx x 0 1",
            "rleak x xp 1e9",
            "vx0 xp 0 dc {x0}",
            "gx 0 x cur={v(en)*1e5*v(p,n)/(" + CrossbarNetlist.num(RON) + "*v(x)+" + CrossbarNetlist.num(ROFF)
                    + "*(1-v(x)))*(1-(2*v(x)-1)*(2*v(x)-1))}",
            ".ends memr", "");

    public CrossbarCell {
        if (type == Type.ONE_T_ONE_R && !(vg > 0)) {
            throw new IllegalArgumentException("1t1r cells need a positive gate voltage --vg, got " + vg);
        }
        if (type == Type.SINH && (!(b > 0) || Double.isInfinite(b))) {
            throw new IllegalArgumentException("sinh cells need a positive, finite nonlinearity --sinh (1/V), got " + b);
        }
        if (ymodel == null || ymodel.contains("\n")) {
            throw new IllegalArgumentException("the ymemristor model parameters must be one line");
        }
    }

    /** A cell without sinh or YMEMRISTOR parameters. */
    public CrossbarCell(Type type, double vg) {
        this(type, vg, 0, "", null);
    }

    /** Sinh cells I = (G / b) sinh(b V), b in 1/V. */
    public static CrossbarCell sinh(double b) {
        return new CrossbarCell(Type.SINH, 0, b, "", null);
    }

    /** YMEMRISTOR hp cells programmed by rinit = 1/G, with these extra .model parameters (e.g. "ron=1k roff=10meg"). */
    public static CrossbarCell ymemristor(String ymodel) {
        if (namesModel(ymodel)) {
            throw new IllegalArgumentException("a named memristor model needs programmed states (MemristorProgrammer)");
        }
        return new CrossbarCell(Type.YMEMRISTOR, 0, 0, ymodel.strip(), null);
    }

    /** YMEMRISTOR cells of the model the card names (level= or model=), at the given states (xo). */
    public static CrossbarCell ymemristor(String card, double[][] states) {
        if (!namesModel(card)) {
            throw new IllegalArgumentException("the card must name a model with level= or model=: '" + card + "'");
        }
        return new CrossbarCell(Type.YMEMRISTOR, 0, 0, card.strip(), states);
    }

    /** Whether a YMEMRISTOR parameter text selects a model (level= or model=) rather than hp defaults. */
    public static boolean namesModel(String ymodel) {
        return ymodel.toLowerCase(Locale.ROOT).matches("(^|.*\\s)(level|model)\\s*=.*");
    }

    /** Linear resistor cells (the default). */
    public static CrossbarCell resistor() {
        return new CrossbarCell(Type.RESISTOR, 0);
    }

    /** The programmed memristor state for conductance g (S); rejects g outside (1/ROFF, 1/RON). */
    public static double memristorState(double g) {
        double r = 1 / g;
        if (!(r > RON && r < ROFF)) {
            throw new IllegalArgumentException("memristor cells need conductances between " + CrossbarNetlist.num(1 / ROFF)
                    + " and " + CrossbarNetlist.num(1 / RON) + " S, got " + CrossbarNetlist.num(g));
        }
        return (ROFF - r) / (ROFF - RON);
    }
}
