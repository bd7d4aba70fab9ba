package memspice.elements;

/**
 * A time-dependent value of an independent source (V or A), as given by PULSE, SIN, PWL, EXP,
 * SFFM or AM on a source card.
 */
public interface Waveform {

    /** The value at time t (s). */
    double value(double t);

    /**
     * The first corner of the waveform strictly after t (s), where its derivative jumps, or
     * {@code Double.POSITIVE_INFINITY} if there is none. Transient analysis puts time points there.
     */
    double nextBreakpoint(double t);

    /**
     * This waveform with SPICE's defaults for omitted arguments filled in from the .tran card
     * (ngspice: PULSE rise/fall = tstep and width/period = tstop; EXP tau = tstep; SIN and SFFM
     * frequencies = 1/tstop). Values at t = 0, which DC analyses use, never depend on them.
     *
     * @param step the .tran print step (s)
     * @param stop the .tran stop time (s)
     */
    default Waveform bind(double step, double stop) {
        return this;
    }
}
