/** Regions (GB/T 2260) and government departments: who provides and who consumes data. */
package io.yudex.organisation;
