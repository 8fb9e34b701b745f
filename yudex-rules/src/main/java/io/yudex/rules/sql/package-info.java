/**
 * Compiles engine-neutral check definitions to DuckDB SQL so rule sets run set-based inside the
 * data store; checks SQL cannot express are reported so the caller runs them in Java.
 */
package io.yudex.rules.sql;
