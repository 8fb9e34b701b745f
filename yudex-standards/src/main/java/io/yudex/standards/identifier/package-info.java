/**
 * Validation, normalisation and check-character generation for the national identifiers
 * (citizen ID number, unified social credit code, organisation code, e-licence identifier).
 */
package io.yudex.standards.identifier;
