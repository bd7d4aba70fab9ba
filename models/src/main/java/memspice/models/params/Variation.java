package memspice.models.params;

import java.util.Random;

/**
 * Device-to-device variation: a model card may give {@code dev_<param>=<sigma>} (relative standard
 * deviation) for any of its parameters, and {@code devseed=<n>}. Each instance then multiplies that
 * parameter by {@code 1 + sigma * N(0,1)}, the normal sample clipped to +-3 sigma and the factor kept
 * at 0.01 or more. The sample depends only on the seed, the instance's hierarchical name and the
 * parameter, so results do not depend on the order of the netlist.
 */
public final class Variation {

    /** Prefix of a variation parameter. */
    public static final String PREFIX = "dev_";
    /** Name of the seed parameter. */
    public static final String SEED = "devseed";

    private Variation() {
    }

    /**
     * The multiplicative factor for one parameter of one instance.
     *
     * @param sigma    relative standard deviation (>= 0)
     * @param seed     the model's devseed
     * @param instance hierarchical instance name
     * @param param    parameter name
     */
    public static double factor(double sigma, long seed, String instance, String param) {
        if (sigma == 0) {
            return 1;
        }
        long h = seed * 0x9E3779B97F4A7C15L ^ instance.hashCode() * 31L ^ ((long) param.hashCode() << 17);
        double z = new Random(h).nextGaussian();
        z = Math.max(-3, Math.min(3, z));
        return Math.max(0.01, 1 + sigma * z);
    }
}
