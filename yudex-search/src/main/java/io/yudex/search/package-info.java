/** The Lucene index of the resource catalog: Chinese full-text search, facets, visibility and highlighting. */
package io.yudex.search;
