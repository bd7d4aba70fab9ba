package memspice.tools.irdrop;

import memspice.sparse.SingularMatrixException;

/**
 * Error versus array size and wire resistance: for each N, an N x N array drawn from the same
 * distribution and seed, built and factored once, scored on a few random inputs (a handful of
 * solves; G_eff, which needs N solves, is not extracted).
 */
public final class SizeSweep {

    /**
     * One array size.
     *
     * @param n              rows = columns
     * @param segment        wire segment resistance (ohm), rows and columns
     * @param unknowns       nodal unknowns (2 N^2)
     * @param factorEntries  nonzeros in L + U
     * @param buildSeconds   assembly, ordering and factorization wall time
     * @param scoreSeconds   solves and scoring wall time
     * @param stats          MVM accuracy
     * @param solver         how the system was solved
     */
    public record Row(int n, double segment, int unknowns, long factorEntries, double buildSeconds,
                      double scoreSeconds, MvmStats stats, CrossbarSystem.Solver solver) {
        public double seconds() {
            return buildSeconds + scoreSeconds;
        }
    }

    private SizeSweep() {
    }

    /**
     * Scores one size.
     *
     * @param base   wiring whose segments are replaced by {@code segment}
     * @param inputs number of random inputs (uniform in [0, vmax], seed + 1)
     */
    public static Row run(int n, double segment, Wiring base, LevelGrid grid, Conductances.Distribution d, long seed,
                          int inputs, double vmax, CrossbarSystem.Solver solver) throws SingularMatrixException {
        double[][] g = Conductances.random(n, n, d, grid, seed);
        double[][] x = Conductances.inputs(inputs, n, vmax, seed + 1);
        long t0 = System.nanoTime();
        CrossbarSystem sys = CrossbarSystem.build(g, base.segments(segment, segment), solver);
        double build = (System.nanoTime() - t0) * 1e-9;
        t0 = System.nanoTime();
        MvmStats st = MvmStats.evaluate(sys, g, x, MvmStats.Correction.NONE);
        double score = (System.nanoTime() - t0) * 1e-9;
        return new Row(n, segment, sys.unknowns(), sys.factorEntries(), build, score, st, solver);
    }
}
