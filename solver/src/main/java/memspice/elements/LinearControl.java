package memspice.elements;

/** F(u) = gain * u0: the linear E, F, G, H forms. */
final class LinearControl implements ControlFunction {
    private final double gain;

    LinearControl(double gain) {
        this.gain = gain;
    }

    @Override
    public double evaluate(double[] u, double[] grad) {
        grad[0] = gain;
        return gain * u[0];
    }

    @Override
    public boolean isLinear() {
        return true;
    }
}
