package memspice.elements;

import java.util.ArrayList;
import java.util.List;

/**
 * The SPICE {@code POLY(n)} function: coefficients p0, p1..pn, then the products of degree 2, 3,
 * ... of the n inputs in graded lexicographic order with non-decreasing indices (for n = 2:
 * p0 + p1 x1 + p2 x2 + p3 x1^2 + p4 x1 x2 + p5 x2^2 + p6 x1^3 + p7 x1^2 x2 + ...), the SPICE2
 * convention that ngspice follows. A single coefficient with POLY(1) is p0 in ngspice 39 (checked).
 */
final class PolynomialControl implements ControlFunction {
    private final double[] coefficients;
    private final int[][] exponents;   // [term][input]

    PolynomialControl(int inputs, double[] coefficients) {
        this.coefficients = coefficients.clone();
        this.exponents = terms(inputs, coefficients.length);
    }

    /** The exponent vectors of the first {@code count} terms. */
    static int[][] terms(int n, int count) {
        List<int[]> out = new ArrayList<>();
        for (int degree = 0; out.size() < count; degree++) {
            addDegree(n, degree, 0, new int[n], out, count);
        }
        return out.toArray(new int[0][]);
    }

    /** Adds monomials of a given total degree with indices i1 <= i2 <= ... starting at {@code from}. */
    private static void addDegree(int n, int degree, int from, int[] e, List<int[]> out, int count) {
        if (out.size() >= count) {
            return;
        }
        if (degree == 0) {
            out.add(e.clone());
            return;
        }
        for (int i = from; i < n; i++) {
            e[i]++;
            addDegree(n, degree - 1, i, e, out, count);
            e[i]--;
        }
    }

    @Override
    public double evaluate(double[] u, double[] grad) {
        java.util.Arrays.fill(grad, 0.0);
        double value = 0;
        for (int t = 0; t < coefficients.length; t++) {
            double p = coefficients[t];
            if (p == 0.0) {
                continue;
            }
            int[] e = exponents[t];
            double term = p;
            for (int i = 0; i < e.length; i++) {
                if (e[i] > 0) {
                    term *= pow(u[i], e[i]);
                }
            }
            value += term;
            for (int i = 0; i < e.length; i++) {
                if (e[i] > 0) {
                    double d = p * e[i] * pow(u[i], e[i] - 1);
                    for (int j = 0; j < e.length; j++) {
                        if (j != i && e[j] > 0) {
                            d *= pow(u[j], e[j]);
                        }
                    }
                    grad[i] += d;
                }
            }
        }
        return value;
    }

    private static double pow(double x, int k) {
        double r = 1;
        for (int i = 0; i < k; i++) {
            r *= x;
        }
        return r;
    }

    @Override
    public boolean isLinear() {
        for (int t = 0; t < coefficients.length; t++) {
            int degree = 0;
            for (int e : exponents[t]) {
                degree += e;
            }
            if (degree > 1 && coefficients[t] != 0) {
                return false;
            }
        }
        return true;
    }
}
