/**
 * The {@code yilian} command line: {@link io.github.yilian.cli.Yilian} and its subcommands.
 */
@NullMarked
package io.github.yilian.cli;

import org.jspecify.annotations.NullMarked;
