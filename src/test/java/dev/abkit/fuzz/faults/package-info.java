/**
 * Implementations that are the reference with one plausible bug each, named after the rule they break; the fuzz
 * campaign must find every one of them. Public, so that {@code FuzzMain --implementation} can load them.
 */
package dev.abkit.fuzz.faults;
