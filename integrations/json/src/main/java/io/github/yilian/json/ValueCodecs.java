package io.github.yilian.json;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Share;
import io.github.yilian.county.Measured;
import io.github.yilian.county.Threshold;
import jakarta.validation.ConstraintViolationException;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The values whose JSON is not their getters: a share with its percent, a bilingual text as
 * {@code zh}/{@code en}, and the two tagged values of the county targets, a threshold and a measured
 * value, which write only what their kind uses.
 */
final class ValueCodecs {

  private ValueCodecs() {}

  /** Reads a JSON object with only the properties allowed, or reports why not. */
  private static @Nullable Map<?, ?> object(@Nullable Object node, Input in, Path path, Class<?> type,
      Set<String> allowed) {
    if (!(node instanceof Map<?, ?> object)) {
      in.expected("an object (" + type.getSimpleName() + ")", node, path);
      return null;
    }
    boolean failed = false;
    if (in.failOnUnknownProperties) {
      for (Object name : object.keySet()) {
        if (!allowed.contains(name)) {
          failed = true;
          in.fail(path.property((String) name, type), "is not a property of " + type.getSimpleName()
              + (allowed.isEmpty() ? "" : " here, whose properties are " + String.join(", ", allowed)));
        }
      }
    }
    return failed ? null : object;
  }

  private static Object property(Map<?, ?> object, String name, Codec codec, Input in, Path path, Class<?> type) {
    Path at = path.property(name, type);
    if (!object.containsKey(name)) {
      return in.fail(at, "is missing");
    }
    Object node = object.get(name);
    return node == null ? in.fail(at, "must not be null") : codec.read(node, in, at);
  }

  /**
   * {@code {"numerator":39,"denominator":80,"percent":"48.75"}}: the exact counts, and the percent
   * to two places for display. Read from the counts; a share given by {@code "percent"} alone is
   * {@link Share#percent(String)} ({@code {"percent":"50"}} is 1/2).
   */
  static final Codec SHARE = new Codec() {
    private final Set<String> allowed = Set.of("numerator", "denominator", "percent");

    @Override
    public void write(Object value, Output out) {
      Share share = (Share) value;
      out.sink.beginObject();
      out.sink.name("numerator");
      out.sink.number(share.getNumerator());
      out.sink.name("denominator");
      out.sink.number(share.getDenominator());
      out.sink.name("percent");
      out.sink.string(share.toPercent(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
      out.sink.endObject();
    }

    @Override
    public Object read(@Nullable Object node, Input in, Path path) {
      Map<?, ?> object = object(node, in, path, Share.class, allowed);
      if (object == null) {
        return Input.FAILED;
      }
      try {
        if (!object.containsKey("numerator") && !object.containsKey("denominator") && object.get("percent") != null) {
          Object percent = Scalars.STRING.read(object.get("percent"), in, path.property("percent", Share.class));
          return percent == Input.FAILED ? percent : Share.percent((String) percent);
        }
        Object numerator = property(object, "numerator", Scalars.LONG, in, path, Share.class);
        Object denominator = property(object, "denominator", Scalars.LONG, in, path, Share.class);
        if (numerator == Input.FAILED || denominator == Input.FAILED) {
          return Input.FAILED;
        }
        return Share.of((Long) numerator, (Long) denominator);
      } catch (IllegalArgumentException e) {
        return in.fail(path, e.getMessage());
      }
    }
  };

  /** {@code {"zh":"已达标","en":"target met"}}. */
  static final Codec BILINGUAL_TEXT = new Codec() {
    private final Set<String> allowed = Set.of("zh", "en");

    @Override
    public void write(Object value, Output out) {
      BilingualText text = (BilingualText) value;
      out.sink.beginObject();
      out.sink.name("zh");
      out.sink.string(text.getChinese());
      out.sink.name("en");
      out.sink.string(text.getEnglish());
      out.sink.endObject();
    }

    @Override
    public Object read(@Nullable Object node, Input in, Path path) {
      Map<?, ?> object = object(node, in, path, BilingualText.class, allowed);
      if (object == null) {
        return Input.FAILED;
      }
      Object chinese = text(object, "zh", "chinese", in, path);
      Object english = text(object, "en", "english", in, path);
      if (chinese == Input.FAILED || english == Input.FAILED) {
        return Input.FAILED;
      }
      try {
        return BilingualText.of((String) chinese, (String) english);
      } catch (ConstraintViolationException e) {
        return ModelCodec.violated(e, in, path, BilingualText.class, f -> f.equals("chinese") ? "zh" : "en", Set.of());
      }
    }

    private Object text(Map<?, ?> object, String name, String field, Input in, Path path) {
      Path at = path.property(name, BilingualText.class, field);
      Object node = object.get(name);
      return !object.containsKey(name) ? in.fail(at, "is missing")
          : node == null ? in.fail(at, "must not be null")
          : Scalars.STRING.read(node, in, at);
    }
  };

  /**
   * {@code {"comparison":"AT_LEAST_SHARE","share":{…}}}, {@code {"comparison":"AT_LEAST_COUNT","count":3}},
   * {@code {"comparison":"AT_MOST_COUNT","count":0}} or {@code {"comparison":"YES"}}.
   */
  static final Codec THRESHOLD = new Codec() {
    private final Codec comparisons = Scalars.enumeration(Threshold.Comparison.class);

    @Override
    public void write(Object value, Output out) {
      Threshold threshold = (Threshold) value;
      out.sink.beginObject();
      out.sink.name("comparison");
      out.sink.string(threshold.getComparison().name());
      switch (threshold.getComparison()) {
        case AT_LEAST_SHARE -> {
          out.sink.name("share");
          SHARE.write(threshold.getShare(), out);
        }
        case AT_LEAST_COUNT, AT_MOST_COUNT -> {
          out.sink.name("count");
          out.sink.number(threshold.getCount());
        }
        case YES -> { }
      }
      out.sink.endObject();
    }

    @Override
    public Object read(@Nullable Object node, Input in, Path path) {
      Object comparison = node instanceof Map<?, ?> object
          ? property(object, "comparison", comparisons, in, path, Threshold.class)
          : in.expected("an object (Threshold)", node, path);
      if (comparison == Input.FAILED) {
        return comparison;
      }
      String operand = switch ((Threshold.Comparison) comparison) {
        case AT_LEAST_SHARE -> "share";
        case AT_LEAST_COUNT, AT_MOST_COUNT -> "count";
        case YES -> null;
      };
      Map<?, ?> object = object(node, in, path, Threshold.class,
          operand == null ? Set.of("comparison") : Set.of("comparison", operand));
      if (object == null) {
        return Input.FAILED;
      }
      if (operand == null) {
        return Threshold.yes();
      }
      Object value = property(object, operand, operand.equals("share") ? SHARE : Scalars.LONG, in, path, Threshold.class);
      if (value == Input.FAILED) {
        return value;
      }
      try {
        return switch ((Threshold.Comparison) comparison) {
          case AT_LEAST_SHARE -> Threshold.atLeast((Share) value);
          case AT_LEAST_COUNT -> Threshold.atLeast((long) (Long) value);
          default -> Threshold.atMost((Long) value);
        };
      } catch (IllegalArgumentException e) {
        return in.fail(path.property(operand, Threshold.class), e.getMessage());
      }
    }
  };

  /** {@code {"kind":"SHARE","share":{…}}}, {@code {"kind":"COUNT","count":3}} or {@code {"kind":"YES_NO","yes":true}}. */
  static final Codec MEASURED = new Codec() {
    private final Codec kinds = Scalars.enumeration(Measured.Kind.class);

    @Override
    public void write(Object value, Output out) {
      Measured measured = (Measured) value;
      out.sink.beginObject();
      out.sink.name("kind");
      out.sink.string(measured.getKind().name());
      switch (measured.getKind()) {
        case SHARE -> {
          out.sink.name("share");
          SHARE.write(measured.getShare(), out);
        }
        case COUNT -> {
          out.sink.name("count");
          out.sink.number(measured.getCount());
        }
        case YES_NO -> {
          out.sink.name("yes");
          out.sink.bool(measured.isYes());
        }
      }
      out.sink.endObject();
    }

    @Override
    public Object read(@Nullable Object node, Input in, Path path) {
      Object kind = node instanceof Map<?, ?> object
          ? property(object, "kind", kinds, in, path, Measured.class)
          : in.expected("an object (Measured)", node, path);
      if (kind == Input.FAILED) {
        return kind;
      }
      String operand = switch ((Measured.Kind) kind) {
        case SHARE -> "share";
        case COUNT -> "count";
        case YES_NO -> "yes";
      };
      Map<?, ?> object = object(node, in, path, Measured.class, Set.of("kind", operand));
      if (object == null) {
        return Input.FAILED;
      }
      Codec codec = switch ((Measured.Kind) kind) {
        case SHARE -> SHARE;
        case COUNT -> Scalars.LONG;
        case YES_NO -> Scalars.BOOLEAN;
      };
      Object value = property(object, operand, codec, in, path, Measured.class);
      if (value == Input.FAILED) {
        return value;
      }
      try {
        return switch ((Measured.Kind) kind) {
          case SHARE -> Measured.share((Share) value);
          case COUNT -> Measured.count((Long) value);
          case YES_NO -> Measured.yesNo((Boolean) value);
        };
      } catch (IllegalArgumentException e) {
        return in.fail(path.property(operand, Measured.class), e.getMessage());
      }
    }
  };

  static List<Class<?>> types() {
    return List.of(Share.class, BilingualText.class, Threshold.class, Measured.class);
  }
}
