/**
 * Expression engine and SPICE number parsing.
 *
 * <p>Entry points: {@link memspice.expr.SpiceNumber} for bare values ({@code 10kOhm}),
 * {@link memspice.expr.Expr#parse} for expressions, {@link memspice.expr.Expr#evaluate} for
 * {@code .param} values, {@link memspice.expr.CompiledExpr#compile} for device expressions (E/G/B
 * sources) evaluated with their gradient inside Newton iterations without allocation.
 *
 * <p>Semantics were checked against ngspice 39 ({@code ngspice -b}); where ngspice's {@code .param}
 * reader and its B-source parser disagree, the B-source behaviour is followed unless noted.
 * <table>
 * <caption>Verified behaviour (ngspice 39 result; same here unless noted)</caption>
 * <tr><th>input</th><th>result</th></tr>
 * <tr><td>{@code -2^2}, {@code 2^-1}, {@code 2*-3^2}</td><td>-4, 0.5, -18 (unary minus binds looser than power)</td></tr>
 * <tr><td>{@code 2^3^2}, {@code 2**3**2}, {@code 2^-1^2}</td><td>64, 64, 0.5 (power is left associative)</td></tr>
 * <tr><td>{@code (-2)^3}, {@code (-2)^0.5}, {@code pow(-2,3)}</td><td>8, 1.414, 8 ({@code |x|^y})</td></tr>
 * <tr><td>{@code pwr(-2,2)}, {@code pwr(-2,3)}, {@code pwr(0,0)}</td><td>-4, -8, 1 (sign-preserving)</td></tr>
 * <tr><td>{@code 2==2<3}, {@code 3>2>1}, {@code 1<>2}</td><td>0, 0, 1 (C-like levels, left associative)</td></tr>
 * <tr><td>{@code 1+1?10:20}, {@code 1?0:1?3:4}</td><td>10, 0 (ternary lowest, right associative)</td></tr>
 * <tr><td>comparisons, {@code !}, {@code &&}, {@code ||}</td><td>1 or 0; non-zero is true</td></tr>
 * <tr><td>{@code 7%3}, {@code -7%3}</td><td>1, -1 ({@code .param} only; here everywhere)</td></tr>
 * <tr><td>{@code 1/0}, {@code -3/0}, {@code 0/0}</td><td>1e32, -3e32, 0 in B sources (divisor +-1e-32);
 *     error in {@code .param} and in {@link memspice.expr.Expr#evaluate}</td></tr>
 * <tr><td>{@code exp(300)}, {@code ln(0)}</td><td>1e99, -1e99 in B sources; errors in {@code .param}/evaluate</td></tr>
 * <tr><td>{@code sqrt(-4)}, {@code ln(-1)}, {@code 0^-1}</td><td>error; here NaN/infinity in compiled code, error in evaluate</td></tr>
 * <tr><td>{@code log(100)}</td><td>4.605 (natural log)</td></tr>
 * <tr><td>{@code u(0)}, {@code nint(2.5)}, {@code nint(-2.5)}</td><td>0.5, 2, -2</td></tr>
 * <tr><td>{@code pi}, {@code e}</td><td>constants in B sources, undefined in {@code .param};
 *     here constants everywhere, hidden by a parameter of the same name</td></tr>
 * <tr><td>{@code .param time=5} then {@code V=time}</td><td>0 at {@code .op}: simulator variables win</td></tr>
 * <tr><td>{@code .func max(a,b) {a+b}}, {@code max(1,2)}</td><td>3: user functions win over built-ins</td></tr>
 * <tr><td>{@code 1a}, {@code 1F}, {@code 1M}, {@code 2mil}</td><td>1, 1e-15, 1e-3, 5.08e-5 (no atto suffix)</td></tr>
 * <tr><td>{@code limit(5,0,1)}</td><td>ngspice: Monte-Carlo {@code limit(nom,avar)}; here a clamp: 1</td></tr>
 * </table>
 */
package memspice.expr;
