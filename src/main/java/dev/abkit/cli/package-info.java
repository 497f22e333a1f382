/** The command line of the kit. */
package dev.abkit.cli;
