package io.github.yilian.common;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Knows which attributes of a model are {@code @Value.Redacted} (personal data that no text may
 * show), so that {@link ModelValidator} never prints their values.
 *
 * <p>Immutables' annotation is kept in the class file but not at run time, so this class reads the
 * accessors' annotations from the class files of the model's type, its superclasses and interfaces,
 * once per type. If a class file cannot be read, every attribute of that type counts as redacted.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RedactedAttributes {

  private static final String REDACTED = "Lorg/immutables/value/Value$Redacted;";

  /** The redacted attribute names of a type, or empty if some class file of it could not be read. */
  private static final ClassValue<Optional<Set<String>>> BY_TYPE =
      new ClassValue<>() {
        @Override
        protected Optional<Set<String>> computeValue(Class<?> type) {
          return scan(type);
        }
      };

  private RedactedAttributes() {}

  /**
   * Checks whether an attribute of a model may not be shown.
   *
   * @param type the model's class, not null
   * @param attribute the attribute's name, as in a property path ({@code "phone"}), not null
   * @return true if the attribute is redacted, or if that cannot be known
   */
  static boolean isRedacted(Class<?> type, String attribute) {
    return BY_TYPE.get(type).map(names -> names.contains(attribute)).orElse(true);
  }

  /** Reads the redacted attribute names of a type; {@link #isRedacted} keeps the result per type. */
  static Optional<Set<String>> scan(Class<?> type) {
    if (type.getClassLoader() == null) {
      return Optional.of(Set.of());
    }
    Set<String> names = new HashSet<>();
    try (InputStream in = type.getResourceAsStream('/' + type.getName().replace('.', '/') + ".class")) {
      if (in == null) {
        return Optional.empty();
      }
      names.addAll(redactedAccessors(new DataInputStream(in)));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
    for (Class<?> parent : parents(type)) {
      Optional<Set<String>> inherited = BY_TYPE.get(parent);
      if (inherited.isEmpty()) {
        return inherited;
      }
      names.addAll(inherited.get());
    }
    return Optional.of(Set.copyOf(names));
  }

  private static Set<Class<?>> parents(Class<?> type) {
    Set<Class<?>> parents = new HashSet<>(Set.of(type.getInterfaces()));
    if (type.getSuperclass() != null) {
      parents.add(type.getSuperclass());
    }
    return parents;
  }

  /** Reads a class file (JVM specification, chapter 4) for accessors annotated as redacted. */
  static Set<String> redactedAccessors(DataInputStream in) throws IOException {
    in.skipNBytes(8); // magic, minor and major version
    String[] utf8 = constantPoolTexts(in);
    in.skipNBytes(6); // access flags, this class, super class
    in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      in.skipNBytes(6);
      skipAttributes(in);
    }
    Set<String> names = new HashSet<>();
    int methods = in.readUnsignedShort();
    for (int i = 0; i < methods; i++) {
      in.skipNBytes(2);
      String name = utf8[in.readUnsignedShort()];
      String descriptor = utf8[in.readUnsignedShort()];
      int attributes = in.readUnsignedShort();
      boolean redacted = false;
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        long length = Integer.toUnsignedLong(in.readInt());
        if ("RuntimeInvisibleAnnotations".equals(attribute)) {
          redacted |= hasRedacted(in, utf8);
        } else {
          in.skipNBytes(length);
        }
      }
      if (redacted && descriptor.startsWith("()")) {
        names.add(attributeName(name));
      }
    }
    return names;
  }

  private static String[] constantPoolTexts(DataInputStream in) throws IOException {
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
        case 15 -> in.skipNBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          i++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    return utf8;
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.skipNBytes(2);
      in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
    }
  }

  /** Reads an annotations attribute; true if one of them is {@code @Value.Redacted}. */
  private static boolean hasRedacted(DataInputStream in, String[] utf8) throws IOException {
    boolean found = false;
    int annotations = in.readUnsignedShort();
    for (int i = 0; i < annotations; i++) {
      found |= REDACTED.equals(utf8[in.readUnsignedShort()]);
      skipElementValuePairs(in);
    }
    return found;
  }

  private static void skipElementValuePairs(DataInputStream in) throws IOException {
    int pairs = in.readUnsignedShort();
    for (int p = 0; p < pairs; p++) {
      in.skipNBytes(2);
      skipElementValue(in);
    }
  }

  private static void skipElementValue(DataInputStream in) throws IOException {
    int tag = in.readUnsignedByte();
    switch (tag) {
      case 'e' -> in.skipNBytes(4);
      case '@' -> {
        in.skipNBytes(2);
        skipElementValuePairs(in);
      }
      case '[' -> {
        int values = in.readUnsignedShort();
        for (int v = 0; v < values; v++) {
          skipElementValue(in);
        }
      }
      default -> in.skipNBytes(2);
    }
  }

  /** The attribute an accessor reads, as Bean Validation names it: {@code getIdNumber} → {@code idNumber}. */
  static String attributeName(String accessor) {
    int prefix = accessor.startsWith("get") ? 3 : accessor.startsWith("is") ? 2 : 0;
    if (prefix == 0 || accessor.length() == prefix) {
      return accessor;
    }
    String bare = accessor.substring(prefix);
    return bare.length() > 1 && Character.isUpperCase(bare.charAt(1))
        ? bare
        : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }
}
