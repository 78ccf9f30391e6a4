package dev.wsmock.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A module's public API as text, in the spirit of okhttp's {@code api/*.api} files: every type a user can name
 * (public or protected, nested ones included, outside {@code ..internal..} packages), its declaration and its
 * public and protected members with generic signatures, sorted so that the same classes always give the same
 * text. A module checks the text in as {@code api/<artifactId>.api}; {@link #assertMatchesCheckedIn} fails on any
 * difference, so an API change is always a reviewed diff of that file.
 *
 * <p>Parameter names, annotations and constant values are left out: changing them breaks no compiled caller.
 * An annotation element's default is kept: a caller that leaves the element out relies on it.
 */
public final class PublicApi {
  /** With {@code -Dwsmock.api.update=true}, {@link #assertMatchesCheckedIn} rewrites the file and passes. */
  public static final String UPDATE_PROPERTY = "wsmock.api.update";

  private PublicApi() {}

  /** Whether a package is internal: any of its segments is {@code internal}. */
  public static boolean isInternalPackage(String packageName) {
    return Arrays.asList(packageName.split("\\.")).contains("internal");
  }

  /**
   * Fails unless the API compiled into this module's {@code target/classes} is the one in {@code
   * api/<artifactId>.api}. Surefire runs each module's tests in the module's directory, so both paths are relative
   * to it; {@code moduleDir} only names the module in the command that accepts a change.
   */
  public static void assertMatchesCheckedIn(String moduleDir, String artifactId) {
    check(
        Path.of("api", artifactId + ".api"),
        Path.of("target", "classes"),
        moduleDir,
        Boolean.getBoolean(UPDATE_PROPERTY));
  }

  /** Compares (or, with {@code update}, rewrites) one dump file against one class-path root. */
  static void check(Path file, Path classes, String moduleDir, boolean update) {
    String actual = dump(classes);
    String expected = read(file);
    if (actual.equals(expected)) {
      return;
    }
    if (update) {
      write(file, actual);
      return;
    }
    throw new AssertionError(
        "The public API compiled into "
            + where(moduleDir, classes)
            + " differs from "
            + where(moduleDir, file)
            + " (- recorded, + compiled):\n"
            + diff(lines(expected), lines(actual))
            + "\nIf the change is intended, accept it and commit the file:\n  "
            + acceptCommand(moduleDir)
            + "\n");
  }

  private static String where(String moduleDir, Path path) {
    String name = path.toString().replace('\\', '/');
    return path.isAbsolute() ? name : moduleDir + "/" + name;
  }

  /** The command that rewrites a module's dump; printed by a failing check. */
  public static String acceptCommand(String moduleDir) {
    return "mvn -B -pl "
        + moduleDir
        + " -am test -Dtest=PublicApiTests -Dsurefire.failIfNoSpecifiedTests=false -D"
        + UPDATE_PROPERTY
        + "=true";
  }

  /** The API dump of every class file under a class-path root (a directory). */
  public static String dump(Path classesRoot) {
    List<String> names = classNames(classesRoot);
    // A module's own classes are on the test class path already, so the parent loads them (the same
    // classes); classes compiled elsewhere, such as a test's fixtures, load from the root itself.
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {url(classesRoot)}, PublicApi.class.getClassLoader())) {
      StringBuilder out = new StringBuilder();
      for (String name : names) {
        Class<?> type;
        try {
          type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IllegalStateException("cannot load " + name + " from " + classesRoot, e);
        }
        if (isApi(type)) {
          appendType(out, type);
        }
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether users can name a type: public or protected, every enclosing type too, in no internal package. */
  public static boolean isApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    if (isInternalPackage(type.getPackageName())) {
      return false;
    }
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      int modifiers = c.getModifiers();
      boolean visible =
          Modifier.isPublic(modifiers)
              || (c.getDeclaringClass() != null
                  && Modifier.isProtected(modifiers)
                  && !Modifier.isFinal(c.getDeclaringClass().getModifiers()));
      if (!visible) {
        return false;
      }
    }
    return true;
  }

  private static List<String> classNames(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".class"))
          .map(root::relativize)
          .map(p -> p.toString().replace('\\', '/'))
          .filter(p -> !p.endsWith("module-info.class") && !p.endsWith("package-info.class"))
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void appendType(StringBuilder out, Class<?> type) {
    out.append(declaration(type)).append(" {\n");
    List<Member> members = new ArrayList<>();
    members.addAll(Arrays.asList(type.getDeclaredFields()));
    members.addAll(Arrays.asList(type.getDeclaredConstructors()));
    members.addAll(Arrays.asList(type.getDeclaredMethods()));
    // A protected member of a final type is reachable from its own package only: no API.
    boolean subclassable = !Modifier.isFinal(type.getModifiers()) && !type.isEnum();
    members.stream()
        .filter(m -> !m.isSynthetic() && !(m instanceof Method && ((Method) m).isBridge()))
        .filter(
            m ->
                Modifier.isPublic(m.getModifiers())
                    || (subclassable && Modifier.isProtected(m.getModifiers())))
        .sorted(
            Comparator.comparingInt(PublicApi::kindOrder)
                .thenComparing(Member::getName)
                .thenComparing(PublicApi::signature))
        .forEach(m -> out.append("  ").append(signature(m)).append('\n'));
    out.append("}\n\n");
  }

  private static int kindOrder(Member member) {
    if (member instanceof Field) {
      return 0;
    }
    return member instanceof Constructor ? 1 : 2;
  }

  static String declaration(Class<?> type) {
    int modifiers = type.getModifiers() & Modifier.classModifiers();
    String kind;
    if (type.isAnnotation()) {
      kind = "@interface";
    } else if (type.isInterface()) {
      kind = "interface";
    } else if (type.isEnum()) {
      kind = "enum";
    } else if (type.isRecord()) {
      kind = "record";
    } else {
      kind = "class";
    }
    if (type.isInterface()) {
      // Every interface is abstract; saying so adds nothing.
      modifiers &= ~Modifier.ABSTRACT;
    }
    StringBuilder line = new StringBuilder(Modifier.toString(modifiers));
    if (type.isSealed()) {
      line.append(" sealed");
    }
    line.append(' ').append(kind).append(' ').append(type.getName());
    line.append(typeParameters(type.getTypeParameters()).trim());
    List<Type> supertypes = new ArrayList<>();
    Type superclass = type.getGenericSuperclass();
    if (superclass != null
        && superclass != Object.class
        && superclass != Record.class
        && !(type.isEnum() && type.getSuperclass() == Enum.class)) {
      line.append(" extends ").append(name(superclass));
    }
    for (Type each : type.getGenericInterfaces()) {
      if (!(type.isAnnotation() && each == java.lang.annotation.Annotation.class)) {
        supertypes.add(each);
      }
    }
    if (!supertypes.isEmpty()) {
      line.append(type.isInterface() ? " extends " : " implements ")
          .append(supertypes.stream().map(PublicApi::name).collect(Collectors.joining(", ")));
    }
    if (type.isSealed()) {
      line.append(" permits ")
          .append(
              Arrays.stream(type.getPermittedSubclasses())
                  .map(Class::getName)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  static String signature(Member member) {
    if (member instanceof Field) {
      Field field = (Field) member;
      return join(
          Modifier.toString(field.getModifiers() & Modifier.fieldModifiers()),
          name(field.getGenericType()) + " " + field.getName());
    }
    Executable executable = (Executable) member;
    int modifiers =
        executable.getModifiers()
            & (member instanceof Method
                ? Modifier.methodModifiers()
                : Modifier.constructorModifiers());
    String head = Modifier.toString(modifiers);
    if (member instanceof Method && ((Method) member).isDefault()) {
      head = join(head, "default");
    }
    head = join(head, typeParameters(executable.getTypeParameters()).trim());
    String name =
        member instanceof Method
            ? name(((Method) member).getGenericReturnType()) + " " + member.getName()
            : "<init>";
    List<String> parameters = new ArrayList<>();
    Type[] types = executable.getGenericParameterTypes();
    // Inner-class and enum constructors may leave their synthetic parameters out of the generic
    // types: then the erased ones, which list every parameter, are the signature.
    if (types.length != executable.getParameterCount()) {
      types = executable.getParameterTypes();
    }
    for (int i = 0; i < types.length; i++) {
      String parameter = name(types[i]);
      if (executable.isVarArgs() && i == types.length - 1) {
        parameter = parameter.substring(0, parameter.length() - 2) + "...";
      }
      parameters.add(parameter);
    }
    String line = join(head, name) + "(" + String.join(", ", parameters) + ")";
    Type[] exceptions = executable.getGenericExceptionTypes();
    if (exceptions.length > 0) {
      line +=
          " throws "
              + Arrays.stream(exceptions).map(PublicApi::name).collect(Collectors.joining(", "));
    }
    // An annotation element's default is API: callers that leave the element out rely on it.
    if (member instanceof Method && ((Method) member).getDefaultValue() != null) {
      line += " default " + value(((Method) member).getDefaultValue());
    }
    return line;
  }

  private static String value(Object value) {
    if (value instanceof String) {
      return '"' + ((String) value).replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    if (value instanceof Class) {
      return ((Class<?>) value).getName() + ".class";
    }
    if (value instanceof Enum) {
      return ((Enum<?>) value).getDeclaringClass().getName() + "." + ((Enum<?>) value).name();
    }
    if (value.getClass().isArray()) {
      List<String> each = new ArrayList<>();
      for (int i = 0; i < Array.getLength(value); i++) {
        each.add(value(Array.get(value, i)));
      }
      return "{" + String.join(", ", each) + "}";
    }
    // Primitives; a nested annotation prints as the JDK writes it.
    return String.valueOf(value);
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    List<String> each = new ArrayList<>();
    for (TypeVariable<?> variable : variables) {
      Type[] bounds = variable.getBounds();
      if (bounds.length == 1 && bounds[0] == Object.class) {
        each.add(variable.getName());
      } else {
        each.add(
            variable.getName()
                + " extends "
                + Arrays.stream(bounds).map(PublicApi::name).collect(Collectors.joining(" & ")));
      }
    }
    return "<" + String.join(", ", each) + "> ";
  }

  private static String name(Type type) {
    if (type instanceof GenericArrayType) {
      return name(((GenericArrayType) type).getGenericComponentType()) + "[]";
    }
    // The JDK's names: binary names (a nested type is Outer$Inner), type arguments in <>.
    return type.getTypeName();
  }

  private static String join(String left, String right) {
    if (left.isEmpty()) {
      return right;
    }
    return right.isEmpty() ? left : left + " " + right;
  }

  /**
   * A unified-style diff of two texts' lines: hunks with two lines of context, {@code -} for lines only in {@code
   * expected}, {@code +} for lines only in {@code actual}. Longest common subsequence, quadratic: dumps are a few
   * thousand lines at most.
   */
  public static String diff(List<String> expected, List<String> actual) {
    int n = expected.size();
    int m = actual.size();
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] =
            expected.get(i).equals(actual.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    // Walk the table into edit lines: ' ' kept, '-' removed, '+' added.
    List<String> edits = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
        edits.add(" " + expected.get(i++));
        j++;
      } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
        // Removals before additions, as diff -u shows a replaced line.
        edits.add("-" + expected.get(i++));
      } else {
        edits.add("+" + actual.get(j++));
      }
    }
    // Show each change with two lines of context; "@@" starts each run of shown lines.
    int context = 2;
    boolean[] shown = new boolean[edits.size()];
    for (int k = 0; k < edits.size(); k++) {
      if (edits.get(k).charAt(0) != ' ') {
        for (int e = Math.max(0, k - context); e <= Math.min(edits.size() - 1, k + context); e++) {
          shown[e] = true;
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < edits.size(); k++) {
      if (shown[k]) {
        if (k == 0 || !shown[k - 1]) {
          out.append("@@\n");
        }
        out.append(edits.get(k)).append('\n');
      }
    }
    return out.toString();
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
  }

  private static String read(Path file) {
    if (!Files.exists(file)) {
      return "";
    }
    try {
      // A checkout on Windows may have turned the newlines into CRLF.
      return Files.readString(file, UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URL url(Path root) {
    try {
      return root.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(root.toString(), e);
    }
  }
}
