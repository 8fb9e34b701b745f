/**
 * Cleaning transforms applied to a value before checks ({@code {"transform":"trim"}}), each
 * change recorded so a row can show what was done to it.
 */
package io.yudex.rules.cleaning;
