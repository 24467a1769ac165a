/**
 * Yilian's models and results with Jackson 2: register {@link io.github.yilian.jackson.YilianJacksonModule}
 * (or let {@code ObjectMapper.findAndRegisterModules()} find it) and read and write them like any
 * value; invalid JSON is a {@link io.github.yilian.jackson.YilianJsonMappingException} naming the
 * JSON path and the model's field of every problem.
 */
@NullMarked
package io.github.yilian.jackson;

import org.jspecify.annotations.NullMarked;
