package io.github.yilian.report.internal;

/**
 * How many results have a status.
 *
 * @param badge the status
 * @param count the count
 */
public record Count(Badge badge, long count) {}
