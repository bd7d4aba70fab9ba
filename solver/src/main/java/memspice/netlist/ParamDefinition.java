package memspice.netlist;

import memspice.expr.Expr;

/**
 * A parameter defined by an expression, as in {@code .param gain = {2*k}}, a subcircuit default
 * ({@code .subckt amp in out params: gain=10}) or an instance value ({@code x1 a b amp gain=5}).
 *
 * @param name       lower case
 * @param expression its defining expression
 * @param location   where it was written
 */
public record ParamDefinition(String name, Expr expression, SourceLocation location) {
}
