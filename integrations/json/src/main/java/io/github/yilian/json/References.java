package io.github.yilian.json;

import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.Rubric;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An assessment's inputs, written by reference unless {@link JsonSettings#isEmbedInputs()}: its
 * evidence record as {@code {"alliance":"neurosurgery","year":2021}}, its rubric as its id; read
 * back whole when embedded, else found among the settings' records and rubrics.
 */
final class References {

  private References() {}

  static Codec record(Catalog catalog) {
    return new Codec() {
      @Override
      public void write(Object value, Output out) {
        AllianceAssessmentRecord record = (AllianceAssessmentRecord) value;
        if (out.settings.isEmbedInputs()) {
          out.write(catalog.codec(AllianceAssessmentRecord.class), value);
          return;
        }
        out.sink.beginObject();
        out.sink.name("alliance");
        out.sink.string(record.getAlliance().getId());
        out.sink.name("year");
        out.sink.number(record.getYear());
        out.sink.endObject();
      }

      @Override
      public Object read(@Nullable Object node, Input in, Path path) {
        if (!(node instanceof Map<?, ?> object) || !(object.get("alliance") instanceof String id)) {
          return catalog.codec(AllianceAssessmentRecord.class).read(node, in, path);
        }
        if (in.failOnUnknownProperties && !Set.of("alliance", "year").containsAll(object.keySet())) {
          return in.fail(path, "a reference to an evidence record has only \"alliance\" and \"year\"");
        }
        Object year = object.containsKey("year")
            ? Scalars.INT.read(object.get("year"), in, path.property("year", AllianceAssessmentRecord.class))
            : in.fail(path.property("year", AllianceAssessmentRecord.class), "is missing");
        if (year == Input.FAILED) {
          return year;
        }
        Optional<AllianceAssessmentRecord> record = in.settings.record(id, (Integer) year);
        return record.isPresent() ? record.get() : in.fail(path, "the evidence record of alliance " + id + " for "
            + year + " is not in the JSON (it was written without JsonSettings.embedInputs) nor among the"
            + " settings' records; add it with JsonSettings.Builder.addRecords");
      }
    };
  }

  static Codec rubric(Catalog catalog) {
    return new Codec() {
      @Override
      public void write(Object value, Output out) {
        if (out.settings.isEmbedInputs()) {
          out.write(catalog.codec(Rubric.class), value);
        } else {
          out.sink.string(((Rubric) value).getId());
        }
      }

      @Override
      public Object read(@Nullable Object node, Input in, Path path) {
        if (!(node instanceof String id)) {
          return catalog.codec(Rubric.class).read(node, in, path);
        }
        Optional<Rubric> rubric = in.settings.rubric(id);
        return rubric.isPresent() ? rubric.get() : in.fail(path, "the rubric " + id + " is not in the JSON (it was"
            + " written without JsonSettings.embedInputs) nor among the settings' rubrics "
            + in.settings.getRubrics().stream().map(Rubric::getId).toList()
            + "; add it with JsonSettings.Builder.addRubrics");
      }
    };
  }
}
