package io.github.yilian.examples;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Extracts the {@code ```java} snippets of a Markdown text, compiles each as the body of a method,
 * runs it and checks its commented values.
 *
 * <h2>The convention a README snippet follows</h2>
 *
 * <ul>
 *   <li>A snippet is a sequence of statements: it is compiled as the body of a method that may
 *       throw any exception. Its {@code import} lines, if any, are moved to the top of the file.
 *       Besides them it sees {@code java.math.*}, {@code java.time.*}, {@code java.util.*},
 *       {@code io.github.yilian.common.*} and the capability package its section names: the
 *       nearest heading above the snippet containing "expert", "pilot", "county" or "alliance"
 *       imports that package; a heading that names none imports all four.
 *   <li>A <em>checked line</em> is an expression statement whose result the snippet does not keep
 *       (a call such as {@code tenure.getDaysRemaining();}, not a declaration or an assignment)
 *       with a {@code // comment} after its semicolon: {@code String.valueOf(expression)} must
 *       match the comment's value.
 *   <li>The value is the comment's text up to the first {@code ": "}; what follows explains it
 *       ({@code // true: exact, by cross-multiplication}). A value in double quotes is the text
 *       between them, and may contain {@code ": "} ({@code // "T15 650102-L: share of …"}). In
 *       either form {@code …} (or {@code ...}) stands for any text, so a long value can be shown
 *       in part.
 *   <li>Comments on any other statement are explanation only and are not checked.
 *   <li>A snippet that declares a type ({@code public final class MyPolicy { … }}, after its
 *       imports and annotations) is compiled as a source file with the same imports, and not run.
 *   <li>A snippet that declares a module ({@code module com.example.app { requires …; }}) is
 *       compiled as a {@code module-info.java} with {@code -Xlint:all -Werror}, against core and
 *       what core requires on the module path, and not run.
 * </ul>
 *
 * <p>Every failure names the snippet (its number, its heading and the README line it starts on),
 * the README line of the failing statement, and what went wrong: a compile error, an exception, or
 * a value that differs from the comment.
 */
final class ReadmeSnippets {

  /** The section keywords and the package they import. */
  private static final Map<String, String> CAPABILITIES = Map.of(
      "expert", "io.github.yilian.expert",
      "pilot", "io.github.yilian.pilot",
      "county", "io.github.yilian.county",
      "alliance", "io.github.yilian.alliance");

  private static final List<String> ALWAYS_IMPORTED = List.of(
      "java.math", "java.time", "java.util", "io.github.yilian.common");

  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern FENCE_OPEN = Pattern.compile("^\\s*```\\s*java\\s*$");
  private static final Pattern FENCE_CLOSE = Pattern.compile("^\\s*```\\s*$");
  private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;\\s*$");
  private static final Pattern ELLIPSIS = Pattern.compile("…|\\.\\.\\.");
  private static final Pattern TYPE = Pattern.compile("^\\s*((public|protected|private|abstract"
      + "|final|sealed|non-sealed|static|strictfp)\\s+)*(class|interface|record|enum|@interface)\\s+(\\w+).*");
  private static final Pattern MODULE = Pattern.compile("^\\s*(open\\s+)?module\\s+[\\w.]+\\s*\\{.*");

  /** The lines of the generated source before the snippet's first line. */
  private static final int HEADER_LINES = 5;

  private ReadmeSnippets() {}

  /** A {@code ```java} block of the README. */
  record Snippet(int number, String heading, int firstLine, List<String> lines) {

    /** How failures name the snippet. */
    String label() {
      return "snippet " + number + " (\"" + heading + "\", README line " + firstLine + ")";
    }

    /** Each snippet has a package of its own, so that two may declare the same names. */
    String packageName() {
      return "readme.s" + number;
    }

    /** The class a statement snippet becomes, or the source file of a type snippet. */
    String simpleName() {
      Matcher type = TYPE.matcher(firstCodeLine());
      // a public top-level type must be in a file of its name
      return type.matches() && type.group(0).substring(0, type.start(3)).contains("public")
          ? type.group(4) : "Snippet";
    }

    String className() {
      return packageName() + "." + simpleName();
    }

    /** Whether the snippet is a module declaration rather than statements. */
    boolean isModule() {
      return MODULE.matcher(firstCodeLine()).matches();
    }

    /** Whether the snippet declares a type rather than being statements. */
    boolean isTypeDeclaration() {
      return TYPE.matcher(firstCodeLine()).matches();
    }

    /** The first line that is not blank, a comment, an import or an annotation. */
    private String firstCodeLine() {
      return lines.stream()
          .filter(l -> !l.isBlank())
          .filter(l -> !l.trim().startsWith("//") && !l.trim().startsWith("@")
              && !IMPORT.matcher(l).matches())
          .findFirst().orElse("");
    }

    /** Maps a line of the generated source to the README's line, or -1 for the header. */
    int readmeLine(long generatedLine) {
      long index = generatedLine - HEADER_LINES - 1;
      return index >= 0 && index < lines.size() ? firstLine + (int) index : -1;
    }
  }

  /** A checked line: the expression and the value its comment states. */
  record Check(int readmeLine, String expression, String expected) {

    boolean matches(String actual) {
      String value = expected;
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      StringBuilder regex = new StringBuilder();
      Matcher m = ELLIPSIS.matcher(value);
      int last = 0;
      while (m.find()) {
        regex.append(Pattern.quote(value.substring(last, m.start()))).append(".*");
        last = m.end();
      }
      regex.append(Pattern.quote(value.substring(last)));
      return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual).matches();
    }
  }

  /** What became of one snippet: its checks and every failure found, in README line order. */
  record Outcome(Snippet snippet, List<Check> checks, List<String> failures) {}

  /**
   * Finds the {@code ```java} blocks of a Markdown text.
   *
   * @param markdown the text
   * @return the snippets in order, numbered from 1
   */
  static List<Snippet> extract(String markdown) {
    List<Snippet> snippets = new ArrayList<>();
    String[] lines = markdown.split("\r?\n", -1);
    String heading = "(no heading)";
    for (int i = 0; i < lines.length; i++) {
      Matcher h = HEADING.matcher(lines[i]);
      if (h.matches()) {
        heading = h.group(1);
      } else if (FENCE_OPEN.matcher(lines[i]).matches()) {
        int first = i + 1;
        int end = first;
        while (end < lines.length && !FENCE_CLOSE.matcher(lines[end]).matches()) {
          end++;
        }
        snippets.add(new Snippet(snippets.size() + 1, heading, first + 1,
            List.of(lines).subList(first, end)));
        i = end;
      }
    }
    return snippets;
  }

  /**
   * Compiles, runs and checks snippets.
   *
   * @param snippets the snippets
   * @param workDir where class files go
   * @return one outcome per snippet, in order
   */
  static List<Outcome> run(List<Snippet> snippets, Path workDir) {
    Map<Snippet, Instrumented> sources = new LinkedHashMap<>();
    Map<Snippet, List<String>> failures = new LinkedHashMap<>();
    for (Snippet snippet : snippets) {
      failures.put(snippet, new ArrayList<>());
      if (snippet.isModule()) {
        compileModule(snippet, workDir.resolve(snippet.packageName()), failures.get(snippet));
      } else {
        sources.put(snippet, instrument(snippet, failures.get(snippet)));
      }
    }
    Set<Snippet> compiled = compile(sources, workDir, failures);
    List<Outcome> outcomes = new ArrayList<>();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {workDir.toUri().toURL()},
        ReadmeSnippets.class.getClassLoader())) {
      for (Snippet snippet : snippets) {
        Instrumented source = sources.get(snippet);
        if (source == null) {
          outcomes.add(new Outcome(snippet, List.of(), failures.get(snippet)));
          continue;
        }
        if (compiled.contains(snippet) && !snippet.isTypeDeclaration()) {
          execute(snippet, source, loader, failures.get(snippet));
        }
        outcomes.add(new Outcome(snippet, source.checks(), failures.get(snippet)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return outcomes;
  }

  /** A snippet's generated source and its checks, indexed by the id each check records. */
  private record Instrumented(String source, List<Check> checks) {}

  /**
   * Parses the snippet's statements and rewrites each checked line {@code expr; // value} to
   * {@code __values.accept(id, expr);}, keeping every statement on its README line.
   */
  private static Instrumented instrument(Snippet snippet, List<String> failures) {
    List<String> imports = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String line : snippet.lines()) {
      if (IMPORT.matcher(line).matches()) {
        imports.add(line.trim());
        body.add("");
      } else {
        body.add(line);
      }
    }
    String header = header(snippet, imports);
    if (snippet.isTypeDeclaration()) {
      return new Instrumented(header + String.join("\n", body) + "\n", List.of());
    }
    String source = header + String.join("\n", body) + "\n  }\n}\n";

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavacTask task = (JavacTask) compiler.getTask(null, null, diagnostics, List.of("-proc:none"),
        null, List.of(new Source(snippet, source)));
    CompilationUnitTree unit;
    try {
      unit = task.parse().iterator().next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR)) {
      // compile() reports the syntax errors with their README lines
      return new Instrumented(source, List.of());
    }
    SourcePositions positions = Trees.instance(task).getSourcePositions();
    record Found(int start, int end, int expressionStart, int expressionEnd, int lineEnd,
        String comment) {}
    List<Found> found = new ArrayList<>();
    String text = source;
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitExpressionStatement(ExpressionStatementTree statement, Void unused) {
        ExpressionTree expression = statement.getExpression();
        if (!(expression instanceof AssignmentTree || expression instanceof CompoundAssignmentTree
            || expression instanceof UnaryTree)) {
          int end = (int) positions.getEndPosition(unit, statement);
          int lineEnd = text.indexOf('\n', end);
          String rest = text.substring(end, lineEnd < 0 ? text.length() : lineEnd).trim();
          if (rest.startsWith("//")) {
            found.add(new Found((int) positions.getStartPosition(unit, statement), end,
                (int) positions.getStartPosition(unit, expression),
                (int) positions.getEndPosition(unit, expression),
                lineEnd < 0 ? text.length() : lineEnd, rest.substring(2).trim()));
          }
        }
        return super.visitExpressionStatement(statement, unused);
      }
    }.scan(unit, null);

    List<Check> checks = new ArrayList<>();
    StringBuilder rewritten = new StringBuilder(source);
    // right to left, so that earlier positions stay valid
    for (int i = found.size() - 1; i >= 0; i--) {
      Found f = found.get(i);
      String expression = source.substring(f.expressionStart(), f.expressionEnd());
      long line = unit.getLineMap().getLineNumber(f.end());
      rewritten.replace(f.start(), f.lineEnd(), "__values.accept(" + i + ", " + expression + ");");
      checks.add(0, new Check(snippet.readmeLine(line), expression.replaceAll("\\s+", " "),
          value(f.comment())));
    }
    return new Instrumented(rewritten.toString(), checks);
  }

  /** The value a comment states: a quoted text, or the text up to the first ": ". */
  private static String value(String comment) {
    if (comment.startsWith("\"")) {
      for (int close = comment.indexOf('"', 1); close > 0; close = comment.indexOf('"', close + 1)) {
        String after = comment.substring(close + 1);
        if (after.isBlank() || after.startsWith(": ")) {
          return comment.substring(0, close + 1);
        }
      }
      return comment;
    }
    int colon = comment.indexOf(": ");
    return (colon < 0 ? comment : comment.substring(0, colon)).trim();
  }

  private static String header(Snippet snippet, List<String> imports) {
    String lowerHeading = snippet.heading().toLowerCase(Locale.ROOT);
    Collection<String> capabilities = CAPABILITIES.entrySet().stream()
        .filter(e -> lowerHeading.contains(e.getKey()))
        .map(Map.Entry::getValue)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    if (capabilities.isEmpty()) {
      capabilities = new LinkedHashSet<>(CAPABILITIES.values());
    }
    List<String> packages = new ArrayList<>(ALWAYS_IMPORTED);
    packages.addAll(capabilities);
    String header = "package " + snippet.packageName() + ";\n"
        + String.join(" ", imports) + "\n"
        + packages.stream().map(p -> "import " + p + ".*;").collect(Collectors.joining(" ")) + "\n"
        + (snippet.isTypeDeclaration() ? "\n\n"
            : "public final class " + snippet.simpleName() + " {\n"
                + "  public static void run(java.util.function.BiConsumer<Integer, Object> __values)"
                + " throws Throwable {\n");
    if (header.chars().filter(c -> c == '\n').count() != HEADER_LINES) {
      throw new IllegalStateException("the header must have " + HEADER_LINES + " lines");
    }
    return header;
  }

  /**
   * Compiles all snippets at once, then again without those that had errors (one broken snippet
   * must not keep the others from running).
   *
   * @return the snippets whose classes were written
   */
  private static Set<Snippet> compile(Map<Snippet, Instrumented> sources, Path workDir,
      Map<Snippet, List<String>> failures) {
    Set<Snippet> toCompile = new LinkedHashSet<>(sources.keySet());
    for (int attempt = 0; attempt < 2 && !toCompile.isEmpty(); attempt++) {
      Set<Snippet> broken = compileOnce(toCompile, sources, workDir, failures);
      if (broken.isEmpty()) {
        return toCompile;
      }
      toCompile.removeAll(broken);
    }
    return Set.of();
  }

  private static Set<Snippet> compileOnce(Set<Snippet> snippets, Map<Snippet, Instrumented> sources,
      Path workDir, Map<Snippet, List<String>> failures) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<Source> files = new ArrayList<>();
    for (Snippet snippet : snippets) {
      files.add(new Source(snippet, sources.get(snippet).source()));
    }
    try (StandardJavaFileManager files0 = compiler.getStandardFileManager(
        diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8)) {
      Files.createDirectories(workDir);
      List<String> options = List.of("-proc:none", "-encoding", "UTF-8",
          "-d", workDir.toString(), "-classpath", classPath());
      boolean ok = compiler.getTask(null, files0, diagnostics, options, null, files).call();
      Set<Snippet> broken = new LinkedHashSet<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() != Diagnostic.Kind.ERROR) {
          continue;
        }
        Snippet snippet = d.getSource() instanceof Source source ? source.snippet : null;
        if (snippet == null) {
          throw new IllegalStateException("compiling the README snippets: " + d);
        }
        broken.add(snippet);
        int line = snippet.readmeLine(d.getLineNumber());
        String hint = d.getMessage(Locale.ENGLISH).contains("'void' type not allowed here")
            ? " (a call whose result is void cannot have a value comment)" : "";
        failures.get(snippet).add((line < 0 ? "in the generated header" : "README line " + line)
            + ": does not compile: " + d.getMessage(Locale.ENGLISH) + hint);
      }
      if (!ok && broken.isEmpty()) {
        throw new IllegalStateException("compiling the README snippets failed: "
            + diagnostics.getDiagnostics());
      }
      return broken;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles a module declaration the way a consumer's build would: alone, with core, Jakarta
   * Validation and Hibernate Validator (what core requires at run time) on the module path, and
   * nothing else.
   */
  private static void compileModule(Snippet snippet, Path dir, List<String> failures) {
    String modulePath = Stream.of(io.github.yilian.common.Share.class,
            jakarta.validation.Validation.class, org.hibernate.validator.HibernateValidator.class)
        .map(ReadmeSnippets::location)
        .collect(Collectors.joining(java.io.File.pathSeparator));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(
        diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8)) {
      Files.createDirectories(dir);
      Source source = new Source(snippet, "module-info", String.join("\n", snippet.lines()) + "\n");
      compiler.getTask(null, files, diagnostics, List.of("-proc:none", "-Xlint:all", "-Werror",
          "-d", dir.toString(), "--module-path", modulePath), null, List.of(source)).call();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        failures.add("README line " + (snippet.firstLine() + d.getLineNumber() - 1)
            + ": the module declaration does not compile cleanly: " + d.getMessage(Locale.ENGLISH));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The test class path (Surefire hands it over in a property, behind a manifest-only jar). */
  private static String classPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static void execute(Snippet snippet, Instrumented source, ClassLoader loader,
      List<String> failures) {
    Map<Integer, String> values = new LinkedHashMap<>();
    BiConsumer<Integer, Object> record = (id, value) -> values.putIfAbsent(id, String.valueOf(value));
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      Method run = loader.loadClass(snippet.className())
          .getMethod("run", BiConsumer.class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      run.invoke(null, record);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      failures.add(thrownAt(snippet, cause) + ": threw " + cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    } finally {
      System.setOut(out);
    }
    List<Check> checks = source.checks();
    for (int id = 0; id < checks.size(); id++) {
      Check check = checks.get(id);
      String actual = values.get(id);
      if (actual == null) {
        failures.add("README line " + check.readmeLine() + ": " + check.expression()
            + " was not reached");
      } else if (!check.matches(actual)) {
        failures.add("README line " + check.readmeLine() + ": " + check.expression() + " is "
            + shortened(actual) + ", the comment says " + check.expected());
      }
    }
  }

  /** A long value, such as a whole model's toString, cut to what a failure message can show. */
  private static String shortened(String value) {
    int max = 300;
    return value.length() <= max ? value : value.substring(0, max) + "… (" + value.length() + " characters)";
  }

  private static String thrownAt(Snippet snippet, Throwable thrown) {
    for (StackTraceElement frame : thrown.getStackTrace()) {
      String type = frame.getClassName();
      if (type.equals(snippet.className()) || type.startsWith(snippet.className() + "$")) {
        int line = snippet.readmeLine(frame.getLineNumber());
        return line < 0 ? "the snippet" : "README line " + line;
      }
    }
    return "the snippet";
  }

  /** A snippet's source file, held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final Snippet snippet;
    private final String code;

    Source(Snippet snippet, String code) {
      this(snippet, snippet.simpleName(), code);
    }

    Source(Snippet snippet, String fileName, String code) {
      super(URI.create("string:///" + snippet.packageName().replace('.', '/') + "/" + fileName
          + ".java"), Kind.SOURCE);
      this.snippet = Objects.requireNonNull(snippet, "snippet");
      this.code = Objects.requireNonNull(code, "code");
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
