package memspice.elements;

/**
 * The function F(u) of a dependent source's controlling inputs u: linear gain, SPICE polynomial,
 * or an expression.
 */
interface ControlFunction {

    /**
     * @param u    input values
     * @param grad receives dF/du_k for every input (length = number of inputs)
     * @return F(u)
     */
    double evaluate(double[] u, double[] grad);

    /** True if F is affine in the inputs that are circuit unknowns. */
    boolean isLinear();
}
