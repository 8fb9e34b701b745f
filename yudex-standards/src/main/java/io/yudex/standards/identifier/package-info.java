/**
 * Validation, normalisation and check-character generation for the national identifiers
 * (citizen ID number, unified social credit code, organisation code, e-licence identifier,
 * division code) and the contact and account numbers governance checks (mobile, landline,
 * postal code, e-mail, bank card, licence plate). Every {@code validate} reports all problems.
 */
package io.yudex.standards.identifier;
