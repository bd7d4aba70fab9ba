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
}
