/** The open data portal: safe public releases of the open list, the public site, CKAN's Action API and DCAT-AP. */
package io.yudex.opendata;
