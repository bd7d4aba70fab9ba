package memspice.models.mosfet;

import memspice.models.params.ParamSet;

/**
 * The parameters of the level-1 (Shichman-Hodges) MOSFET ({@code .model name NMOS|PMOS (...)}), with
 * SPICE2 defaults (Antognetti and Massobrio, "Semiconductor Device Modeling with SPICE", 2nd ed.,
 * 1993, table 4.1). Parameters marked "not modelled" are accepted with a warning when given.
 */
public final class MosModel {

    public static final ParamSet PARAMS = new ParamSet("MOSFET (NMOS/PMOS, level 1 Shichman-Hodges)",
            "Shichman & Hodges, IEEE J. Solid-State Circuits 3:285 (1968); Antognetti & Massobrio (1993), ch. 4");

    public static final int VTO = PARAMS.add("vto", 0, "V", "zero-bias threshold voltage (negative for enhancement PMOS)", "vt0");
    public static final int KP = PARAMS.add("kp", 2e-5, "A/V^2", "transconductance parameter (default from U0 and TOX when TOX is given)");
    public static final int GAMMA = PARAMS.add("gamma", 0, "V^0.5", "body-effect coefficient");
    public static final int PHI = PARAMS.add("phi", 0.6, "V", "surface potential");
    public static final int LAMBDA = PARAMS.add("lambda", 0, "1/V", "channel-length modulation");
    public static final int RD = PARAMS.add("rd", 0, "ohm", "drain resistance (internal node when > 0)");
    public static final int RS = PARAMS.add("rs", 0, "ohm", "source resistance (internal node when > 0)");
    public static final int CBD = PARAMS.add("cbd", 0, "F", "zero-bias bulk-drain junction capacitance");
    public static final int CBS = PARAMS.add("cbs", 0, "F", "zero-bias bulk-source junction capacitance");
    public static final int IS = PARAMS.add("is", 1e-14, "A", "bulk junction saturation current");
    public static final int PB = PARAMS.add("pb", 0.8, "V", "bulk junction potential");
    public static final int MJ = PARAMS.add("mj", 0.5, "", "bulk junction grading coefficient");
    public static final int FC = PARAMS.add("fc", 0.5, "", "forward-bias depletion capacitance coefficient");
    public static final int CGSO = PARAMS.add("cgso", 0, "F/m", "gate-source overlap capacitance per width");
    public static final int CGDO = PARAMS.add("cgdo", 0, "F/m", "gate-drain overlap capacitance per width");
    public static final int CGBO = PARAMS.add("cgbo", 0, "F/m", "gate-bulk overlap capacitance per length");
    public static final int LD = PARAMS.add("ld", 0, "m", "lateral diffusion (Leff = L - 2 LD)");
    public static final int TOX = PARAMS.add("tox", Double.POSITIVE_INFINITY, "m", "oxide thickness (sets KP = U0 eps_ox / TOX when KP is not given)");
    public static final int U0 = PARAMS.add("u0", 600, "cm^2/Vs", "surface mobility", "uo");
    /** First of the accepted-but-not-modelled parameters. */
    public static final int FIRST_UNMODELLED = PARAMS.add("cj", 0, "F/m^2", "bottom junction capacitance per area (not modelled)");
    static {
        PARAMS.add("cjsw", 0, "F/m", "sidewall junction capacitance (not modelled)");
        PARAMS.add("mjsw", 0.5, "", "sidewall grading (not modelled)");
        PARAMS.add("js", 0, "A/m^2", "junction saturation current density (not modelled)");
        PARAMS.add("rsh", 0, "ohm/sq", "drain/source sheet resistance (not modelled)");
        PARAMS.add("nsub", 0, "1/cm^3", "substrate doping (not modelled)");
        PARAMS.add("nss", 0, "1/cm^2", "surface state density (not modelled)");
        PARAMS.add("tpg", 1, "", "gate material type (not modelled)");
        PARAMS.add("kf", 0, "", "flicker noise coefficient (not modelled)");
        PARAMS.add("af", 1, "", "flicker noise exponent (not modelled)");
    }

    /** Permittivity of SiO2 (F/m): 3.9 eps0, eps0 = 8.854214871e-12 F/m. */
    public static final double EPS_OX = 3.9 * 8.854214871e-12;

    private MosModel() {
    }
}
