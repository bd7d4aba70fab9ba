package memspice.models.memristor;

/**
 * Window functions f(x) that slow a memristor's state near its bounds, numbered as the Xyce TEAM
 * model's {@code WT} parameter: 0 none, 1 Joglekar, 2 Biolek, 3 Prodromakis, 4 Kvatinsky.
 * Types 1-3 act on the normalised state xn in [0, 1]; type 4 acts on the state itself (see
 * {@link TeamKinetics}).
 *
 * <ul>
 * <li>Joglekar and Wolf, Eur. J. Phys. 30:661 (2009): f = 1 - (2 xn - 1)^(2p).</li>
 * <li>Biolek, Biolek and Biolkova, Radioengineering 18:210 (2009): f = 1 - (xn - stp(-i))^(2p),
 *     stp the unit step, i the current (the drive).</li>
 * <li>Prodromakis et al., IEEE TED 58:3099 (2011): f = j (1 - ((xn - 0.5)^2 + 0.75)^p).</li>
 * </ul>
 * Powers of possibly negative bases are taken of their magnitude, which is the same function for
 * integer p and keeps non-integer p defined.
 */
public final class Windows {

    public static final int NONE = 0;
    public static final int JOGLEKAR = 1;
    public static final int BIOLEK = 2;
    public static final int PRODROMAKIS = 3;
    public static final int KVATINSKY = 4;

    private Windows() {
    }

    /** Checks a window type number; returns an error text or null. */
    public static String check(int type, boolean kvatinskyAllowed) {
        int max = kvatinskyAllowed ? KVATINSKY : PRODROMAKIS;
        if (type < 0 || type > max) {
            return "window type must be an integer 0.." + max + " (0 none, 1 Joglekar, 2 Biolek, 3 Prodromakis"
                    + (kvatinskyAllowed ? ", 4 Kvatinsky)" : ")") + ", got " + type;
        }
        return null;
    }

    /**
     * f(xn) for window types 0-3.
     *
     * @param positiveDrive the sign of the drive for Biolek's window (true: current >= 0)
     */
    public static double value(int type, double xn, double p, double j, boolean positiveDrive) {
        switch (type) {
            case JOGLEKAR -> {
                return 1 - Math.pow(Math.abs(2 * xn - 1), 2 * p);
            }
            case BIOLEK -> {
                double u = positiveDrive ? xn : xn - 1;
                return 1 - Math.pow(Math.abs(u), 2 * p);
            }
            case PRODROMAKIS -> {
                double u = xn - 0.5;
                return j * (1 - Math.pow(u * u + 0.75, p));
            }
            default -> {
                return 1;
            }
        }
    }

    /** df/dxn for window types 0-3. */
    public static double derivative(int type, double xn, double p, double j, boolean positiveDrive) {
        switch (type) {
            case JOGLEKAR -> {
                double u = 2 * xn - 1;
                return -2 * p * Math.pow(Math.abs(u), 2 * p - 1) * Math.signum(u) * 2;
            }
            case BIOLEK -> {
                double u = positiveDrive ? xn : xn - 1;
                return -2 * p * Math.pow(Math.abs(u), 2 * p - 1) * Math.signum(u);
            }
            case PRODROMAKIS -> {
                double u = xn - 0.5;
                return -j * p * Math.pow(u * u + 0.75, p - 1) * 2 * u;
            }
            default -> {
                return 0;
            }
        }
    }
}
