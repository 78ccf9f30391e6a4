package com.example.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The versions this project's row of the README's "Tested classpaths" table claims (check.sh writes them to
 * expected-classpath.properties from that row) are the ones on the test classpath.
 */
class ClasspathTests {
  static final Properties EXPECTED = load();

  @Test
  void junit_api_and_engine_are_the_version_the_table_names() throws Exception {
    String junit = EXPECTED.getProperty("junit");

    assertThat(Test.class.getPackage().getImplementationVersion()).isEqualTo(junit);
    assertThat(
            Class.forName("org.junit.jupiter.engine.JupiterTestEngine")
                .getPackage()
                .getImplementationVersion())
        .isEqualTo(junit);
  }

  @Test
  void jackson_is_at_the_majors_and_minors_the_table_names() throws Exception {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .startsWith(EXPECTED.getProperty("jackson2") + ".");
    String jackson3 = EXPECTED.getProperty("jackson3");
    if (jackson3.equals("none")) {
      assertThatThrownBy(() -> Class.forName("tools.jackson.databind.ObjectMapper"))
          .isInstanceOf(ClassNotFoundException.class);
    } else {
      Object version =
          Class.forName("tools.jackson.databind.cfg.PackageVersion").getField("VERSION").get(null);
      assertThat(version.toString()).startsWith(jackson3 + ".");
    }
  }

  /** "none" also proves that the mock brought no unshaded Jetty: its own is under wiremock.org.eclipse.jetty. */
  @Test
  void the_web_server_on_the_classpath_is_the_one_the_table_names() throws Exception {
    String server = EXPECTED.getProperty("server");
    if (server.equals("none")) {
      assertThatThrownBy(() -> Class.forName("org.eclipse.jetty.server.Server"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> Class.forName("org.apache.catalina.startup.Tomcat"))
          .isInstanceOf(ClassNotFoundException.class);
    } else if (server.startsWith("Jetty ")) {
      Object version =
          Class.forName("org.eclipse.jetty.server.Server").getMethod("getVersion").invoke(null);
      assertThat(version.toString()).startsWith(server.substring("Jetty ".length()) + ".");
    } else {
      assertThat(server).startsWith("Tomcat ");
      Object version =
          Class.forName("org.apache.catalina.util.ServerInfo")
              .getMethod("getServerNumber")
              .invoke(null);
      assertThat(version.toString()).startsWith(server.substring("Tomcat ".length()) + ".");
    }
  }

  static Properties load() {
    try (InputStream in = ClasspathTests.class.getResourceAsStream("/expected-classpath.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
