/** Compact device models registered through the DeviceFactory service. */
package memspice.models;
