/**
 * Crossbar arrays: specification ({@link memspice.tools.crossbar.CrossbarSpec}, cells, pairs and row
 * drivers in {@link memspice.tools.crossbar.Layout}), standard-SPICE netlist generation
 * ({@link memspice.tools.crossbar.CrossbarNetlist}), programming of memristor cells and the in-memory
 * DC solve; the IR-drop studies are in {@code memspice.tools.irdrop}.
 */
package memspice.tools.crossbar;
