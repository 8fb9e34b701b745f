/**
 * Engine-neutral check definitions (plain records, written as {@code {"check":"length","max":18}})
 * and their Java evaluation for single values, rows and columns.
 */
package io.yudex.rules.check;
