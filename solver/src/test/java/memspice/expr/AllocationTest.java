package memspice.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * value() and valueAndGradient() must not allocate: they run inside Newton iterations.
 *
 * <p>Measured with com.sun.management.ThreadMXBean#getThreadAllocatedBytes around 200,000 calls
 * after a warm-up that lets the JIT compile the loop. Even one 16-byte object per call would show as
 * 3.2 MB; the allowance of 4 KB only covers the measurement itself (the bean call may allocate a
 * little on first use), so the test fails for any per-call allocation.
 */
class AllocationTest {
    private static final int CALLS = 200_000;

    @Test
    void evaluationDoesNotAllocate() throws ExprException {
        Scope scope = Scope.of(Map.of("is", 1e-14, "vt", 0.02585),
                Map.of("win", new FunctionDef("win", List.of("w"), Expr.parse("1 - (2*w - 1)^(2*2)"))));
        CompiledExpr c = CompiledExpr.compile(Expr.parse(
                "is*(exp(limit(v(x)-v(y), -5, 1)/vt) - 1) + win(v(z))*sqrt(abs(v(x))) "
                        + "+ (v(x) > v(y) ? atan2(v(x), v(y)) : pwr(v(z), 1.5)) + min(v(x), max(v(y), v(z))) % 0.3"),
                scope, DerivativeTest.XYZ);
        assertEquals(3, c.variables().length);
        double[] vars = {0.4, 0.1, 0.3};
        double[] grad = new double[3];

        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(bean.isThreadAllocatedMemorySupported());
        long id = Thread.currentThread().getId();
        double sink = run(c, vars, grad, CALLS); // warm-up
        bean.getThreadAllocatedBytes(id);

        long before = bean.getThreadAllocatedBytes(id);
        sink += run(c, vars, grad, CALLS);
        long after = bean.getThreadAllocatedBytes(id);

        assertTrue(Double.isFinite(sink));
        assertTrue(after - before < 4096, "allocated " + (after - before) + " bytes in " + 2 * CALLS + " calls");
    }

    private static double run(CompiledExpr c, double[] vars, double[] grad, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            vars[0] = 0.4 + 1e-7 * (i & 1023);
            sum += c.value(vars);
            sum += c.valueAndGradient(vars, grad) + grad[0];
        }
        return sum;
    }
}
