package memspice.analysis.tran;

/** Why a time step had the size it had. */
public enum StepCause {
    /** The first step, sized from tstep and tmax. */
    START,
    /** Set by the local truncation error estimate. */
    TRUNCATION_ERROR,
    /** Cut after Newton failed to converge. */
    NEWTON_FAILURE,
    /** Shortened to land on a source breakpoint (or split to avoid a sliver before one). */
    BREAKPOINT,
    /** Limited by tmax. */
    MAX_STEP,
    /** Limited by the growth cap (at most twice the previous step). */
    GROWTH
}
