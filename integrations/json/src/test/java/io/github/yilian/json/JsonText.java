package io.github.yilian.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON text writer and parser for tests, so that the mapping can be checked without a JSON
 * library, and JSON from any library can be compared as a tree.
 */
public final class JsonText {

  private JsonText() {}

  /**
   * Writes a model as compact JSON text through the mapping alone.
   *
   * @param json the mapping
   * @param value the model
   * @return the JSON text
   */
  public static String write(ModelJson json, Object value) {
    Sink sink = new Sink();
    json.write(value, sink);
    return sink.out.toString();
  }

  /**
   * Parses JSON text into the tree {@link ModelJson#read} takes.
   *
   * @param text the JSON text
   * @return the tree
   */
  public static Object parse(String text) {
    Parser parser = new Parser(text);
    Object value = parser.value();
    parser.space();
    if (parser.at < text.length()) {
      throw new IllegalArgumentException("trailing text at " + parser.at);
    }
    return value;
  }

  /**
   * Prints a tree as compact JSON text, so two texts can be compared whatever their white space.
   *
   * @param tree the tree
   * @return the compact text
   */
  public static String compact(Object tree) {
    StringBuilder out = new StringBuilder();
    print(tree, out);
    return out.toString();
  }

  /**
   * Returns JSON text in compact form.
   *
   * @param text any JSON text
   * @return the same JSON, compact
   */
  public static String compact(String text) {
    return compact(parse(text));
  }

  private static void print(Object node, StringBuilder out) {
    if (node == null) {
      out.append("null");
    } else if (node instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote((String) e.getKey(), out);
        out.append(':');
        print(e.getValue(), out);
      }
      out.append('}');
    } else if (node instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        print(list.get(i), out);
      }
      out.append(']');
    } else if (node instanceof String s) {
      quote(s, out);
    } else {
      out.append(node);
    }
  }

  static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** Writes compact JSON text. */
  private static final class Sink implements JsonSink {
    final StringBuilder out = new StringBuilder();
    /** Per open container: whether a value was written in it. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    private void value() {
      if (afterName) {
        afterName = false;
      } else if (!open.isEmpty()) {
        if (open.peek()[0]) {
          out.append(',');
        }
        open.peek()[0] = true;
      }
    }

    @Override
    public void beginObject() {
      value();
      out.append('{');
      open.push(new boolean[1]);
    }

    @Override
    public void endObject() {
      open.pop();
      out.append('}');
    }

    @Override
    public void beginArray() {
      value();
      out.append('[');
      open.push(new boolean[1]);
    }

    @Override
    public void endArray() {
      open.pop();
      out.append(']');
    }

    @Override
    public void name(String name) {
      value();
      quote(name, out);
      out.append(':');
      afterName = true;
    }

    @Override
    public void string(String value) {
      value();
      quote(value, out);
    }

    @Override
    public void number(long value) {
      value();
      out.append(value);
    }

    @Override
    public void bool(boolean value) {
      value();
      out.append(value);
    }

    @Override
    public void nullValue() {
      value();
      out.append("null");
    }
  }

  private static final class Parser {
    private final String text;
    int at;

    Parser(String text) {
      this.text = text;
    }

    void space() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    Object value() {
      space();
      char c = text.charAt(at);
      switch (c) {
        case '{': {
          at++;
          Map<String, Object> map = new LinkedHashMap<>();
          space();
          if (text.charAt(at) == '}') {
            at++;
            return map;
          }
          while (true) {
            space();
            String name = string();
            space();
            expect(':');
            if (map.containsKey(name)) {
              throw new IllegalArgumentException("duplicate name " + name);
            }
            map.put(name, value());
            space();
            if (text.charAt(at) == ',') {
              at++;
            } else {
              expect('}');
              return map;
            }
          }
        }
        case '[': {
          at++;
          List<Object> list = new ArrayList<>();
          space();
          if (text.charAt(at) == ']') {
            at++;
            return list;
          }
          while (true) {
            list.add(value());
            space();
            if (text.charAt(at) == ',') {
              at++;
            } else {
              expect(']');
              return list;
            }
          }
        }
        case '"':
          return string();
        case 't':
          at += 4;
          return Boolean.TRUE;
        case 'f':
          at += 5;
          return Boolean.FALSE;
        case 'n':
          at += 4;
          return null;
        default:
          return number();
      }
    }

    private void expect(char c) {
      if (text.charAt(at) != c) {
        throw new IllegalArgumentException("expected " + c + " at " + at + " in " + text);
      }
      at++;
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (text.charAt(at) != '"') {
        char c = text.charAt(at++);
        if (c == '\\') {
          char e = text.charAt(at++);
          switch (e) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'u' -> {
              out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
              at += 4;
            }
            default -> out.append(e);
          }
        } else {
          out.append(c);
        }
      }
      at++;
      return out.toString();
    }

    private Object number() {
      int start = at;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      String n = text.substring(start, at);
      if (n.contains(".") || n.contains("e") || n.contains("E")) {
        return new BigDecimal(n);
      }
      BigInteger big = new BigInteger(n);
      return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
  }
}
