/** memspice engine root package. */
package memspice;
