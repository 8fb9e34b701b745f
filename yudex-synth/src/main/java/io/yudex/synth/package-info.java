/**
 * Seeded, streaming generators of realistic Henan government data sets (population, social
 * insurance, market entities, penalties, vehicles, food licences) written as CSV, with optional
 * realistic defects for testing ingest, validation and cross-department comparison.
 */
package io.yudex.synth;
