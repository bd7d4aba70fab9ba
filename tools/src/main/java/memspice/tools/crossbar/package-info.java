/** Crossbar arrays: specification, netlist generation, and (later) IR-drop studies. */
package memspice.tools.crossbar;
