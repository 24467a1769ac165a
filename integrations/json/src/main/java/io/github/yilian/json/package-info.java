/**
 * The JSON shape of Yilian's models and results: {@link io.github.yilian.json.ModelJson} writes a
 * model to a {@link io.github.yilian.json.JsonSink} and reads one back from a parsed JSON tree, with
 * the {@link io.github.yilian.json.JsonSettings settings} that decide personal data and embedded
 * inputs; invalid JSON is an {@link io.github.yilian.json.InvalidJsonException} listing each
 * {@link io.github.yilian.json.JsonProblem} with its JSON path and the model's field.
 */
@NullMarked
package io.github.yilian.json;

import org.jspecify.annotations.NullMarked;
