/** A worked example of plugging a third-party implementation into the kit from one's own test sources. */
package dev.abkit.example;
