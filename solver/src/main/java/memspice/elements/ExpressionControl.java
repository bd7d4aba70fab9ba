package memspice.elements;

import memspice.expr.CompiledExpr;

/** F(u) given by a compiled expression whose variables are the control inputs. */
final class ExpressionControl implements ControlFunction {
    private final CompiledExpr expr;
    private final int[] variables;
    private final double[] partial;
    private final boolean linear;

    /**
     * @param expr compiled with variable index = control input index. Affine in all its variables
     *             (time included) means a constant Jacobian, which is what {@link #isLinear} reports.
     */
    ExpressionControl(CompiledExpr expr) {
        this.expr = expr;
        this.variables = expr.variables();
        this.partial = new double[variables.length];
        this.linear = expr.isLinear();
    }

    @Override
    public double evaluate(double[] u, double[] grad) {
        java.util.Arrays.fill(grad, 0.0);
        double v = expr.valueAndGradient(u, partial);
        for (int k = 0; k < variables.length; k++) {
            grad[variables[k]] = partial[k];
        }
        return v;
    }

    @Override
    public boolean isLinear() {
        return linear;
    }
}
