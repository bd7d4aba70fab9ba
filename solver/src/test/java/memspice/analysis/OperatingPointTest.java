package memspice.analysis;

import static memspice.testing.Netlists.op;
import static memspice.testing.Netlists.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import memspice.output.TableSink;

/**
 * Operating points of small circuits against closed-form answers. Linear circuits are solved by one
 * LU solve, so they must agree to a few ulps: 1e-12 relative is the bound used (a 3x3 system's
 * backward error times its condition number stays far below it).
 */
class OperatingPointTest {

    private static final double EXACT = 1e-12;

    private static void near(double expected, double actual) {
        assertEquals(expected, actual, EXACT * Math.max(1, Math.abs(expected)));
    }

    @Test
    void dividerAndSpiceSignOfSourceCurrent() throws Exception {
        TableSink s = run("divider\nV1 in 0 10\nR1 in mid 1k\nR2 mid 0 4k\n.op\n");
        near(8.0, op(s, "v(mid)"));
        near(-2e-3, op(s, "i(v1)"));   // current into + terminal through the source: negative when delivering
    }

    @Test
    void linearDependentSources() throws Exception {
        TableSink s = run("""
                dependent sources
                V1 a 0 2
                R1 a 0 1k
                E1 e 0 a 0 3
                RE e 0 1k
                G1 0 g a 0 1m
                RG g 0 2k
                F1 0 f V1 4
                RF f 0 10
                H1 h 0 V1 500
                RH h 0 1k
                .op
                """);
        near(6.0, op(s, "v(e)"));
        near(4.0, op(s, "v(g)"));                 // 1 mS * 2 V pushed into g, through 2k
        near(4 * -2e-3 * 10, op(s, "v(f)"));      // F pushes 4*i(v1) into f
        near(500 * -2e-3, op(s, "v(h)"));
    }

    @Test
    void polynomialCoefficientOrderFollowsSpice2() throws Exception {
        // x1 = 2, x2 = 3: p0 + p1 x1 + p2 x2 + p3 x1^2 + p4 x1 x2 + p5 x2^2 + p6 x1^3 + p7 x1^2 x2
        TableSink s = run("""
                poly
                V1 a 0 2
                V2 b 0 3
                E1 p 0 POLY(2) a 0 b 0 1 2 3 4 5 6 7 8
                RP p 0 1k
                E2 q 0 POLY(1) a 0 5
                RQ q 0 1k
                .op
                """);
        near(1 + 2 * 2 + 3 * 3 + 4 * 4 + 5 * 6 + 6 * 9 + 7 * 8 + 8 * 12, op(s, "v(p)"));
        near(5.0, op(s, "v(q)"));   // ngspice 39 reads a lone POLY(1) coefficient as p0
    }

    @Test
    void nonlinearExpressionSourcesConverge() throws Exception {
        TableSink s = run("""
                nonlinear
                V1 a 0 3
                G1 0 n value={1e-3*v(a)**2 + 1e-4*tanh(v(n))}
                R1 n 0 1k
                B1 b 0 V={sqrt(v(a)) * 2}
                RB b 0 1k
                .options reltol=1e-12
                .op
                """);
        double vn = op(s, "v(n)");
        assertEquals(vn, (9e-3 + 1e-4 * Math.tanh(vn)) * 1e3, 1e-9);
        near(2 * Math.sqrt(3), op(s, "v(b)"));
    }

    @Test
    void subcircuitParametersDefaultsOverridesAndNesting() throws Exception {
        TableSink s = run("""
                subcircuits
                .param scale = 2
                V1 in 0 1
                X1 in o1 gainstage
                X2 in o2 gainstage gain=5
                X3 in o3 twice params: g=3
                .subckt gainstage i o params: gain={scale*2}
                E1 o 0 i 0 {gain}
                R1 o 0 1k
                .ends
                .subckt twice i o g=1
                .param gg = {g*10}
                .subckt inner a b k=1
                E1 b 0 a 0 {k}
                .ends inner
                X1 i m inner k={gg}
                X2 m o inner k={g}
                R1 o 0 1k
                R2 m 0 1k
                .ends twice
                .op
                """);
        near(4.0, op(s, "v(o1)"));
        near(5.0, op(s, "v(o2)"));
        near(90.0, op(s, "v(o3)"));
        near(30.0, op(s, "v(x3.m)"));
    }

    @Test
    void globalNodesAndGndAreShared() throws Exception {
        TableSink s = run("""
                globals
                .global vdd
                Vdd vdd gnd 5
                X1 out load
                .subckt load o
                R1 vdd o 1k
                R2 o 0 4k
                .ends
                .op
                """);
        near(4.0, op(s, "v(out)"));
        near(5.0, op(s, "v(vdd)"));
    }

    @Test
    void functionsAndParameterExpressions() throws Exception {
        TableSink s = run("""
                params
                .param a = 3  b = {a > 2 ? 10 : 20}  c = 'pwr(-2, 2) + max(a, 1)'
                .func sq(x) {x*x}
                .func f(x, y) {sq(x) + y}
                V1 n 0 {f(a, b) + c}
                R1 n 0 1
                .op
                """);
        near(9 + 10 + (-4.0) + 3, op(s, "v(n)"));
    }

    @Test
    void inductorIsAShortAndCapacitorOpenAtDc() throws Exception {
        TableSink s = run("LC at DC\nV1 a 0 1\nL1 a b 1m\nR1 b 0 100\nC1 b 0 1u\n.op\n");
        near(1.0, op(s, "v(b)"));
        near(0.01, op(s, "i(l1)"));
    }

    @Test
    void printSelectsAndNamesColumns() throws Exception {
        TableSink s = run("""
                print
                V1 a 0 2
                R1 a b 1k
                R2 b 0 1k
                .save v(a,b) i(r1) {v(b)*3} b
                .op
                """);
        assertEquals(java.util.List.of("v(a,b)", "i(r1)", "{v(b)*3}", "v(b)"), s.first("op").names());
        near(1.0, op(s, "v(a,b)"));
        near(1e-3, op(s, "i(r1)"));
        near(3.0, op(s, "{v(b)*3}"));
    }
}
