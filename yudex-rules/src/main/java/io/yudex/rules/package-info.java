/**
 * The rule library's entry point: {@link io.yudex.rules.IdentifierChecks} checks one value, or a
 * batch, of a named identifier type and returns every reason it is wrong.
 */
package io.yudex.rules;
