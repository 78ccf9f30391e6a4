package dev.wsmock.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared public-API checks catch what they promise: each rule fails on a fixture that breaks it (under
 * dev.wsmock.testing.fixture) and passes on one that keeps it, and the dump changes with the API and with nothing
 * else.
 */
class PublicApiRulesTests {
  private static final String FIXTURE = "dev.wsmock.testing.fixture";

  private static JavaClasses fixtures(String... packages) {
    List<String> names = new ArrayList<>();
    for (String each : packages) {
      names.add(FIXTURE + "." + each);
    }
    return new ClassFileImporter().importPackages(names);
  }

  @Test
  void a_public_method_returning_an_internal_type_breaks_the_signature_rule() {
    assertThatThrownBy(
            () ->
                PublicApiRules.frontDoorSignaturesNameNoHiddenType()
                    .check(fixtures("leaks", "internal")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ReturnsInternal.hidden() returns")
        .hasMessageContaining("names " + FIXTURE + ".internal.Hidden");
  }

  @Test
  void a_jackson_type_as_a_generic_argument_breaks_the_signature_rule() {
    assertThatThrownBy(
            () -> PublicApiRules.frontDoorSignaturesNameNoHiddenType().check(fixtures("leaks")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ListsJackson.nodes() returns")
        .hasMessageContaining("names com.fasterxml.jackson.databind.JsonNode");
  }

  @Test
  void supertypes_fields_bounds_wildcards_and_thrown_types_are_signatures_too() {
    List<String> leaks =
        PublicApiRules.leaks(fixtures("leaks").get(FIXTURE + ".leaks.HidesInOtherPlaces"));
    String hidden = "names " + FIXTURE + ".internal.Hidden";
    assertThat(leaks)
        .anySatisfy(l -> assertThat(l).contains("implements").contains(hidden))
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("HidesInOtherPlaces.relocated")
                    .contains("names wiremock.com.fasterxml.jackson.databind.JsonNode"))
        .anySatisfy(l -> assertThat(l).contains("bounded(").contains("type parameter"))
        .anySatisfy(l -> assertThat(l).contains("wildcard(").contains("takes").contains(hidden))
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("fails() throws")
                    .contains("names " + FIXTURE + ".internal.HiddenException"));
  }

  @Test
  void hidden_types_out_of_users_sight_and_wiremocks_own_api_keep_the_signature_rule() {
    assertThatCode(
            () ->
                PublicApiRules.frontDoorSignaturesNameNoHiddenType()
                    .check(fixtures("clean", "internal")))
        .doesNotThrowAnyException();
  }

  @Test
  void a_two_package_cycle_breaks_the_front_door_cycle_rule() {
    assertThatThrownBy(
            () ->
                PublicApiRules.frontDoorPackagesAreFreeOfCycles(FIXTURE + ".cycle")
                    .check(fixtures("cycle")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining(FIXTURE + ".cycle.a")
        .hasMessageContaining(FIXTURE + ".cycle.b");
  }

  @Test
  void a_two_package_cycle_among_internal_packages_breaks_the_internal_cycle_rule() {
    assertThatThrownBy(
            () ->
                PublicApiRules.internalPackagesAreFreeOfCycles(FIXTURE + ".cycle")
                    .check(fixtures("cycle")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(FIXTURE + ".cycle.internal.a")
        .hasMessageContaining(FIXTURE + ".cycle.internal.b")
        // The front-door cycle is the other rule's business.
        .hasMessageNotContaining("Slice " + FIXTURE + ".cycle.a ");
  }

  @Test
  void a_front_door_and_its_internals_naming_each_other_break_no_cycle_rule() {
    JavaClasses seam = fixtures("seam");
    assertThatCode(
            () -> {
              PublicApiRules.internalPackagesAreFreeOfCycles(FIXTURE + ".seam").check(seam);
              PublicApiRules.frontDoorPackagesAreFreeOfCycles(FIXTURE + ".seam").check(seam);
            })
        .doesNotThrowAnyException();
  }

  private static final String WIDGET =
      "package demo;\n"
          + "import java.util.*;\n"
          + "public class Widget<K extends Comparable<? super K>> implements Iterable<K> {\n"
          + "  public static final int LIMIT = 3;\n"
          + "  protected Widget(K first) {}\n"
          + "  public <T extends Number> List<T> sorted(Collection<? extends T> values, String... tags)"
          + " throws java.io.IOException { return null; }\n"
          + "  public Iterator<K> iterator() { return null; }\n"
          + "  private void secret() {}\n"
          + "  void packagePrivate() {}\n"
          + "  public static final class Part { protected void unreachable() {} }\n"
          + "  %s\n"
          + "}\n";

  private static Path compile(Path root, String added) throws IOException {
    Map<String, String> sources =
        Map.of(
            "demo/Widget.java",
            String.format(WIDGET, added),
            "demo/internal/Secret.java",
            "package demo.internal; public class Secret {}",
            "demo/Local.java",
            "package demo; class Local { public void run() {} }",
            "demo/Marker.java",
            "package demo; public @interface Marker { String name() default \"a\\\"b\";"
                + " int[] sizes() default {1, 2}; Thread.State state() default Thread.State.NEW;"
                + " Class<?> type() default Object.class; String required(); }");
    Path src = Files.createDirectories(root.resolve("src"));
    Path out = Files.createDirectories(root.resolve("classes"));
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--release", "17"));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), UTF_8);
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
    return out;
  }

  @Test
  void the_dump_lists_public_members_with_generic_signatures_and_defaults_and_nothing_else(
      @TempDir Path tmp) throws IOException {
    String dump = PublicApi.dump(compile(tmp, ""));
    assertThat(dump)
        .isEqualTo(
            "public @interface demo.Marker {\n"
                + "  public abstract java.lang.String name() default \"a\\\"b\"\n"
                + "  public abstract java.lang.String required()\n"
                + "  public abstract int[] sizes() default {1, 2}\n"
                + "  public abstract java.lang.Thread$State state() default java.lang.Thread$State.NEW\n"
                + "  public abstract java.lang.Class<?> type() default java.lang.Object.class\n"
                + "}\n"
                + "\n"
                + "public class demo.Widget<K extends java.lang.Comparable<? super K>>"
                + " implements java.lang.Iterable<K> {\n"
                + "  public static final int LIMIT\n"
                + "  protected <init>(K)\n"
                + "  public java.util.Iterator<K> iterator()\n"
                + "  public <T extends java.lang.Number> java.util.List<T> sorted("
                + "java.util.Collection<? extends T>, java.lang.String...) throws java.io.IOException\n"
                + "}\n"
                + "\n"
                + "public static final class demo.Widget$Part {\n"
                + "  public <init>()\n"
                + "}\n"
                + "\n");
  }

  @Test
  void adding_a_public_method_changes_the_dump_by_that_line(@TempDir Path tmp) throws IOException {
    String before = PublicApi.dump(compile(tmp.resolve("before"), ""));
    String after =
        PublicApi.dump(compile(tmp.resolve("after"), "public String name() { return null; }"));
    assertThat(after).isNotEqualTo(before);
    assertThat(PublicApi.diff(lines(before), lines(after)))
        .contains("+  public java.lang.String name()\n")
        .doesNotContain("\n-");
  }

  @Test
  void adding_a_private_method_leaves_the_dump_as_it_was(@TempDir Path tmp) throws IOException {
    String before = PublicApi.dump(compile(tmp.resolve("before"), ""));
    String after =
        PublicApi.dump(compile(tmp.resolve("after"), "private String name() { return null; }"));
    assertThat(after).isEqualTo(before);
  }

  @Test
  void a_changed_api_fails_the_check_with_a_diff_and_the_command_that_accepts_it(@TempDir Path tmp)
      throws IOException {
    Path before = compile(tmp.resolve("before"), "");
    Path after = compile(tmp.resolve("after"), "public String name() { return null; }");
    Path file = tmp.resolve("api").resolve("demo.api");
    PublicApi.check(file, before, "demo-module", true);
    assertThat(file).content(UTF_8).isEqualTo(PublicApi.dump(before));

    assertThatThrownBy(() -> PublicApi.check(file, after, "demo-module", false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("+  public java.lang.String name()")
        .hasMessageContaining(
            "mvn -B -pl demo-module -am test -Dtest=PublicApiTests"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dwsmock.api.update=true");

    // Accepting rewrites the file, after which the same check passes.
    PublicApi.check(file, after, "demo-module", true);
    assertThatCode(() -> PublicApi.check(file, after, "demo-module", false))
        .doesNotThrowAnyException();
  }

  @Test
  void the_diff_shows_each_change_with_two_lines_of_context() {
    List<String> before = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i");
    List<String> after = List.of("a", "b", "c", "D", "e", "f", "g", "h", "i", "j");
    assertThat(PublicApi.diff(before, after))
        .isEqualTo("@@\n b\n c\n-d\n+D\n e\n f\n@@\n h\n i\n+j\n");
  }

  private static List<String> lines(String text) {
    try (Stream<String> lines = text.lines()) {
      return lines.collect(Collectors.toList());
    }
  }
}
