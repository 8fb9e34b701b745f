/**
 * De-identification rules in the vocabulary users know from Apache Ranger (MASK, SHOW_FIRST_n,
 * HASH, …) plus generalisation of dates and division codes, applied to single string values.
 */
package io.yudex.standards.masking;
