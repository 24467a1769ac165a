package io.github.yilian.json;

import java.util.HashMap;
import java.util.Map;

/** The state of writing one value: the sink, the settings and the pseudonyms given so far. */
final class Output {

  final JsonSink sink;
  final JsonSettings settings;
  final Catalog catalog;
  private final Map<String, Map<String, String>> pseudonyms = new HashMap<>();

  Output(JsonSink sink, JsonSettings settings, Catalog catalog) {
    this.sink = sink;
    this.settings = settings;
    this.catalog = catalog;
  }

  /** Returns the pseudonym of a person of a kind, numbered by first appearance in this value. */
  String pseudonym(String kind, String id) {
    Map<String, String> ofKind = pseudonyms.computeIfAbsent(kind, k -> new HashMap<>());
    return ofKind.computeIfAbsent(id, k -> kind + "-" + (ofKind.size() + 1));
  }

  void write(Codec codec, Object value) {
    codec.write(value, this);
  }
}
