/**
 * The zoo: deliberately faulty implementations, each the reference with one plausible bug of the kind real
 * implementations have, named after the rule it breaks ({@link dev.abkit.zoo.Zoo} lists them), and the test that
 * runs the kit's features and vectors against every one of them.
 */
package dev.abkit.zoo;
