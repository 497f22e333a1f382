/**
 * Ready-made conformance suites a project runs from its own test sources: vectors as JUnit dynamic tests, and the
 * Gherkin features through the Cucumber engine.
 */
package dev.abkit.conformance;
