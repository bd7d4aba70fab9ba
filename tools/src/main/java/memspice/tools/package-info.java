package memspice.tools;
