package io.github.yilian.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The codecs of plain values: strings, booleans, whole numbers, dates as ISO-8601 strings, exact
 * decimals (money among them) as decimal strings, enums by constant name.
 */
final class Scalars {

  private Scalars() {}

  static final Codec STRING = new Codec() {
    @Override
    public void write(Object value, Output out) {
      out.sink.string((String) value);
    }

    @Override
    public Object read(@Nullable Object node, Input in, Path path) {
      return node instanceof String s ? s : in.expected("a string", node, path);
    }
  };

  static final Codec BOOLEAN = new Codec() {
    @Override
    public void write(Object value, Output out) {
      out.sink.bool((Boolean) value);
    }

    @Override
    public Object read(@Nullable Object node, Input in, Path path) {
      return node instanceof Boolean b ? b : in.expected("true or false", node, path);
    }
  };

  static final Codec LONG = new Codec() {
    @Override
    public void write(Object value, Output out) {
      out.sink.number(((Number) value).longValue());
    }

    @Override
    public Object read(@Nullable Object node, Input in, Path path) {
      if (node instanceof Long l) {
        return l;
      } else if (node instanceof BigInteger) {
        return in.fail(path, "the number is outside the range of a long");
      }
      return in.expected("a whole number", node, path);
    }
  };

  static final Codec INT = new Codec() {
    @Override
    public void write(Object value, Output out) {
      out.sink.number(((Number) value).longValue());
    }

    @Override
    public Object read(@Nullable Object node, Input in, Path path) {
      Object value = LONG.read(node, in, path);
      if (value instanceof Long l) {
        return l == l.intValue() ? (Object) l.intValue() : in.fail(path, "the number " + l + " is outside the range of an int");
      }
      return value;
    }
  };

  /** Exact decimals, money among them, as decimal strings ({@code "1500000"}, {@code "6.96"}). */
  static final Codec DECIMAL = new Codec() {
    @Override
    public void write(Object value, Output out) {
      out.sink.string(((BigDecimal) value).toPlainString());
    }

    @Override
    public Object read(@Nullable Object node, Input in, Path path) {
      if (node instanceof String s) {
        try {
          return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
          return in.fail(path, "\"" + s + "\" is not a decimal number");
        }
      } else if (node instanceof BigDecimal d) {
        return d;
      } else if (node instanceof Long l) {
        return BigDecimal.valueOf(l);
      } else if (node instanceof BigInteger b) {
        return new BigDecimal(b);
      }
      return in.expected("a decimal string", node, path);
    }
  };

  static final Codec DATE = new Codec() {
    @Override
    public void write(Object value, Output out) {
      out.sink.string(value.toString());
    }

    @Override
    public Object read(@Nullable Object node, Input in, Path path) {
      if (!(node instanceof String s)) {
        return in.expected("an ISO-8601 date string", node, path);
      }
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        return in.fail(path, "\"" + s + "\" is not an ISO-8601 date (yyyy-mm-dd)");
      }
    }
  };

  /** An enum by its constant name. */
  static Codec enumeration(Class<?> type) {
    return new Codec() {
      @Override
      public void write(Object value, Output out) {
        out.sink.string(((Enum<?>) value).name());
      }

      @Override
      public Object read(@Nullable Object node, Input in, Path path) {
        if (!(node instanceof String s)) {
          return in.expected("the name of a constant of " + type.getSimpleName(), node, path);
        }
        for (Object constant : type.getEnumConstants()) {
          if (((Enum<?>) constant).name().equals(s)) {
            return constant;
          }
        }
        return in.fail(path, "\"" + s + "\" is not a constant of " + type.getSimpleName() + "; one of "
            + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
      }
    };
  }
}
