/**
 * IR-drop studies of crossbar arrays without text netlists: {@link memspice.tools.irdrop.CrossbarSystem}
 * (the nodal system with wire segments, driver resistance, one- or two-sided drive and sense, factored
 * once by the project's sparse LU or solved by line-preconditioned CG), the effective matrix, MVM error
 * statistics, sinh-cell arrays, compensation (pre-distortion, calibration, two-sided drive) and size sweeps.
 * REFERENCE.md section 4 has the facts these follow.
 */
package memspice.tools.irdrop;
