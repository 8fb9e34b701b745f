/** Engine-neutral cross-department comparisons (比对) of two resources on a key, and their compiler to DuckDB SQL. */
package io.yudex.rules.compare;
