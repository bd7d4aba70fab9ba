package memspice.models.semi;

import memspice.device.LoadContext;
import memspice.device.SetupContext;

/**
 * A linear conductance between two unknowns (a device's series resistance), as a reusable stamp:
 * slots resolved in {@link #setup}, then {@link #load} adds i = g (v(a) - v(b)) leaving a.
 */
public final class Conductance {

    private final double g;
    private int pa;
    private int pb;
    private int sAA;
    private int sAB;
    private int sBA;
    private int sBB;

    /** @param g conductance (S) */
    public Conductance(double g) {
        this.g = g;
    }

    /** Resolves positions and slots for nodes a and b (unknown ids, ground allowed). */
    public void setup(SetupContext ctx, int a, int b) {
        pa = ctx.position(a);
        pb = ctx.position(b);
        sAA = ctx.slot(a, a);
        sAB = ctx.slot(a, b);
        sBA = ctx.slot(b, a);
        sBB = ctx.slot(b, b);
    }

    /** Adds the current and its Jacobian. */
    public void load(LoadContext ctx) {
        double i = g * (ctx.x(pa) - ctx.x(pb));
        ctx.addF(pa, i);
        ctx.addF(pb, -i);
        ctx.addG(sAA, g);
        ctx.addG(sAB, -g);
        ctx.addG(sBA, -g);
        ctx.addG(sBB, g);
    }

    /** The current a -> b (A) in a solution given by positions. */
    public double current(memspice.device.SolutionView s) {
        return g * (s.x(pa) - s.x(pb));
    }
}
