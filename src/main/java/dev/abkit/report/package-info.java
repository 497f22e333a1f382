/**
 * The reports of a verification run: JUnit XML for CI servers, a JSON report with provenance, and the living
 * documentation in HTML (every feature and every catalog rule with the implementation's verdict next to it).
 */
package dev.abkit.report;
