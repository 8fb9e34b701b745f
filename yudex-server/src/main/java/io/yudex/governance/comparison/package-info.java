/** Cross-department comparisons (比对): definitions between two departments' resources, set-based runs in the data store, their rows. */
package io.yudex.governance.comparison;
