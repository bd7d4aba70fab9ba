package memspice.expr;

import java.util.List;

/**
 * Binds the non-constant parts of a device expression to variables (indices into the
 * {@code vars} array passed to {@link CompiledExpr#value}).
 *
 * <p>Precedence: {@link #identifier} is asked before the {@link Scope}, so a {@code .param time=5}
 * does not hide the simulator variable {@code time}. This is what ngspice 39 does: with
 * {@code .param time=5}, {@code B1 1 0 V=time} gives 0 at {@code .op}, and {@code V=temper} gives 27
 * even with {@code .param temper=5}.
 *
 * <p>The compiler calls each method once per distinct name or probe of an expression.
 */
public interface VariableBinder {
    /**
     * A variable index for an identifier that is not a parameter (e.g. "time", "temper", "hertz"),
     * or -1 if this identifier is not a variable (then the Scope is consulted, then the built-in
     * constants, else the error "undefined parameter").
     */
    int identifier(String name);

    /**
     * A variable index for a probe: function "v" with 1 or 2 node names, or "i" with one device
     * name (names as written, lower case). Throws ExprException for unknown nodes/devices.
     */
    int probe(String function, List<String> args) throws ExprException;
}
