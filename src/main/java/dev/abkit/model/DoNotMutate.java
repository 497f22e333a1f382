package dev.abkit.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a reference model that decides no rule: a factory or wither that vector sources, the fuzzer and
 * unit tests use to build inputs, or an accessor no adapter reads. Mutation testing measures how well the conformance
 * suites pin the rules, so PIT leaves these methods out (it skips methods carrying an annotation of this simple
 * name). {@code MutationScopeTest} fails the build when a marked method evaluates a rule or gives no reason.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface DoNotMutate {
    /** Why the method decides no rule, and who calls it instead of an adapter. */
    String value();
}
