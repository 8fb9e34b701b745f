/**
 * GB/T 2260 administrative division codes: the code structure and the shipped province, city and
 * county table as an immutable tree.
 */
package io.yudex.standards.division;
