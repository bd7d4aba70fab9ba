package memspice.models.diode;

import memspice.models.params.ParamSet;

/**
 * The parameters of the SPICE level-1 junction diode ({@code .model name D (...)}), each declared
 * once with default, unit and description. Defaults are SPICE2's (Nagel 1975; Antognetti and
 * Massobrio, "Semiconductor Device Modeling with SPICE", 2nd ed., 1993, table 1.1).
 */
public final class DiodeModel {

    /** The declaration; indices below refer to it. */
    public static final ParamSet PARAMS = new ParamSet("junction diode (D, level 1)",
            "Nagel, SPICE2, UCB/ERL M520 (1975); Antognetti & Massobrio, Semiconductor Device Modeling with SPICE (1993), ch. 1");

    public static final int IS = PARAMS.add("is", 1e-14, "A", "saturation current", "js");
    public static final int N = PARAMS.add("n", 1.0, "", "emission coefficient");
    public static final int RS = PARAMS.add("rs", 0.0, "ohm", "series resistance (an internal node when > 0)");
    public static final int CJO = PARAMS.add("cjo", 0.0, "F", "zero-bias depletion capacitance", "cj0", "cj");
    public static final int VJ = PARAMS.add("vj", 1.0, "V", "junction potential", "pb");
    public static final int M = PARAMS.add("m", 0.5, "", "grading coefficient", "mj");
    public static final int FC = PARAMS.add("fc", 0.5, "", "forward-bias depletion capacitance coefficient");
    public static final int TT = PARAMS.add("tt", 0.0, "s", "transit time (diffusion charge tt * id)");
    public static final int BV = PARAMS.add("bv", Double.POSITIVE_INFINITY, "V", "reverse breakdown voltage (infinite: none)", "vb");
    public static final int IBV = PARAMS.add("ibv", 1e-3, "A", "current at breakdown voltage", "ib");
    public static final int EG = PARAMS.add("eg", 1.11, "eV", "activation energy of IS(T)");
    public static final int XTI = PARAMS.add("xti", 3.0, "", "IS temperature exponent");
    public static final int KF = PARAMS.add("kf", 0.0, "", "flicker noise coefficient (accepted; noise not modelled)");
    public static final int AF = PARAMS.add("af", 1.0, "", "flicker noise exponent (accepted; noise not modelled)");

    private DiodeModel() {
    }
}
