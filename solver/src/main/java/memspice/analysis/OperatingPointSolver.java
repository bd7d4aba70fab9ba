package memspice.analysis;

import java.util.Locale;

/**
 * Finds a DC operating point: plain Newton from the present guess, then gmin stepping (a shunt
 * conductance on every node, relaxed decade by decade with adaptive steps), then source stepping
 * (all independent sources ramped from 0 to their values), as SPICE does. The solution is left in
 * the system's x.
 */
public final class OperatingPointSolver {

    private final NewtonSolver newton;
    private final SimulationOptions options;
    private final RunStatistics stats;

    public OperatingPointSolver(NewtonSolver newton, SimulationOptions options, RunStatistics stats) {
        this.newton = newton;
        this.options = options;
        this.stats = stats;
    }

    /**
     * @param maxIterations Newton limit for the plain attempt (itl1 for .op, itl2 for sweep points)
     * @throws SimulationException naming what did not converge after every homotopy failed, or a
     *                             singular matrix
     */
    /** Offset of every node voltage (V) for the retry of a start on a singular point. */
    static final double OFFSET_START = 1e-3;

    public void solve(int maxIterations) throws SimulationException {
        double[] start = newton.snapshot();
        newton.system().context().setSourceScale(1.0);
        NewtonSolver.Outcome plain = newton.solveDc(maxIterations, options.gshunt);
        if (plain.converged()) {
            return;
        }
        if (newton.stoppedOnSingularIterate()) {
            // the start sits on a singular point of some device (its slope is infinite or zero at
            // exactly 0 V): the same Newton from 1 mV off it
            newton.restore(start);
            newton.offsetNodes(OFFSET_START);
            if (newton.solveDc(maxIterations, options.gshunt).converged()) {
                stats.count("offset start", 1);
                return;
            }
        }
        if (options.gminsteps > 0) {
            newton.restore(start);
            if (gminStepping()) {
                stats.count("gmin stepping", 1);
                return;
            }
        }
        if (options.srcsteps > 0) {
            newton.restore(start);
            if (sourceStepping()) {
                stats.count("source stepping", 1);
                return;
            }
        }
        newton.system().context().setSourceScale(1.0);
        throw new SimulationException("operating point did not converge after " + maxIterations
                + " Newton iterations, gmin stepping and source stepping"
                + (plain.diagnosis().isEmpty() ? "" : ": " + plain.diagnosis()));
    }

    /**
     * Shunt conductance from 1e-2 S down to gshunt, dividing by a factor (10 at first) after each
     * success and taking the square root of the factor after each failure; below gmin the shunt is
     * removed in one last step.
     */
    private boolean gminStepping() throws SimulationException {
        double target = options.gshunt;
        double g = 1e-2;
        double factor = 10;
        double lastGood = Double.NaN;
        double[] good = null;
        int limit = Math.max(options.itl2, 20);
        while (true) {
            NewtonSolver.Outcome o = newton.solveDc(limit, Math.max(g, target));
            if (o.converged()) {
                if (g <= target) {
                    return true;
                }
                good = newton.snapshot();
                lastGood = g;
                g = g / factor;
                if (g < Math.max(options.gmin, target)) {
                    g = target;
                }
                continue;
            }
            if (good == null) {
                return false;
            }
            factor = Math.sqrt(factor);
            if (factor < 1.00005) {
                return false;
            }
            newton.restore(good);
            g = Math.max(lastGood / factor, target);
        }
    }

    /** Sources ramped 0 -> 1 with an adaptive step. */
    private boolean sourceStepping() throws SimulationException {
        var ctx = newton.system().context();
        double scale = 0;
        double step = 1.0 / Math.max(1, options.srcsteps);
        ctx.setSourceScale(0);
        if (!newton.solveDc(options.itl1, options.gshunt).converged()) {
            ctx.setSourceScale(1);
            return false;
        }
        double[] good = newton.snapshot();
        while (scale < 1) {
            double next = Math.min(1, scale + step);
            ctx.setSourceScale(next);
            NewtonSolver.Outcome o = newton.solveDc(options.itl2, options.gshunt);
            if (o.converged()) {
                scale = next;
                good = newton.snapshot();
                step = Math.min(step * 2, 0.5);
            } else {
                newton.restore(good);
                step /= 4;
                if (step < 1e-7) {
                    ctx.setSourceScale(1);
                    stats.count("source stepping stalled at " + String.format(Locale.ROOT, "%.3g", scale), 1);
                    return false;
                }
            }
        }
        ctx.setSourceScale(1);
        return true;
    }
}
