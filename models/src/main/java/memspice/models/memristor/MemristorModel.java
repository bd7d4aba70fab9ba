package memspice.models.memristor;

/**
 * A memristor compact model as pure functions of the terminal voltage v (V, + minus -) and one
 * internal state x: the current I(v, x) and the state equation dx/dt = g(v, x). Implementations
 * cite the paper and equation numbers they implement, keep x within its physical bounds smoothly
 * enough for Newton, and never overflow (large exponents are evaluated safely).
 */
public interface MemristorModel {

    /** Evaluates current, rate and their derivatives at (v, x) into {@code out}. No allocation. */
    void evaluate(double v, double x, MemristorEvaluation out);

    /** The state the device starts in (state unit). */
    double initialState();

    /**
     * Absolute tolerance of the state for Newton and truncation-error control (state unit): by
     * default a millionth of the state's physical range.
     */
    default double stateTolerance() {
        return 1e-6 * (stateMax() - stateMin());
    }

    /** The physical bounds of the state and the smooth band that holds it inside them. */
    StateBounds bounds();

    /** The lower physical bound of the state (state unit). */
    default double stateMin() {
        return bounds().lo();
    }

    /** The upper physical bound of the state (state unit), above {@link #stateMin()}. */
    default double stateMax() {
        return bounds().hi();
    }

    /** The device resistance at (v, x) in ohm, for the {@code :r} output. */
    double resistance(double v, double x);
}
