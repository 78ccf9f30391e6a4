package dev.wsmock.junit5;

import static dev.wsmock.junit5.Kit.failures;
import static dev.wsmock.junit5.Kit.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Misuse messages name a parameter the way its class was compiled: by name with {@code -parameters}, else by position
 * and type, never javac's {@code arg1}. This build compiles with {@code -parameters}, so the fixture is compiled here,
 * without it, the way many users' projects are.
 */
class ParameterNamesTests {

  static final String FIXTURE =
      """
      package fixtures;

      import dev.wsmock.CallJournal;
      import dev.wsmock.junit5.Account;
      import dev.wsmock.junit5.WorkSpacesMockTest;
      import org.junit.jupiter.api.Test;
      import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

      @WorkSpacesMockTest
      public class NoParameterNamesTestCase {
        @Test
        void test(CallJournal journal, @Account("1234") WorkSpacesClient owner) {}
      }
      """;

  @Test
  void without_parameter_names_a_misuse_message_gives_the_position_and_type(@TempDir Path dir)
      throws Exception {
    Class<?> fixture = compileWithoutParameterNames(dir);
    assertThat(fixture.getDeclaredMethods()[0].getParameters()[1].isNamePresent())
        .as("the fixture really has no parameter names")
        .isFalse();

    List<Throwable> failures = failures(run(fixture));

    assertThat(failures)
        .singleElement()
        .extracting(Throwable::getMessage)
        .isEqualTo(
            "@Account(\"1234\") on 2nd parameter (WorkSpacesClient) of NoParameterNamesTestCase.test(...) is not an"
                + " AWS account id: use 12 digits, e.g. @Account(\"111111111111\").");
  }

  private static Class<?> compileWithoutParameterNames(Path dir) throws IOException, Exception {
    Path source = dir.resolve("src/fixtures/NoParameterNamesTestCase.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, FIXTURE);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "--release",
            "17",
            "-proc:none",
            "-classpath",
            testClasspath(),
            "-d",
            classes.toString(),
            source.toString());
    assertThat(status).as("javac exit status").isZero();
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, ParameterNamesTests.class.getClassLoader());
    return loader.loadClass("fixtures.NoParameterNamesTestCase");
  }

  /** The classpath this test runs on: wsmock, JUnit and the SDK, as the fixture's imports need. */
  private static String testClasspath() {
    return System.getProperty("java.class.path") + File.pathSeparator;
  }
}
