/**
 * Yilian's models and results with Jackson 3: add {@link io.github.yilian.jackson3.YilianJackson3Module}
 * to a mapper (or let {@code JsonMapper.builder().findAndAddModules()} find it) and read and write
 * them like any value; invalid JSON is a {@link io.github.yilian.jackson3.YilianDatabindException}
 * naming the JSON path and the model's field of every problem.
 */
@NullMarked
package io.github.yilian.jackson3;

import org.jspecify.annotations.NullMarked;
