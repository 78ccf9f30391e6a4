package com.example.downstream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.Given;
import dev.wsmock.junit5.WorkSpacesMockTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The whole app on its real web server (Tomcat or Jetty 12, Boot's Jackson), its own SDK client pointed at the
 * mock, in the JVM where the mock's shaded Jetty and Jackson 2 run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WorkSpacesMockTest(defaultAccount = ImageCatalogueApplicationTests.OWNER)
class ImageCatalogueApplicationTests {
  static final String OWNER = "111111111111";
  static WorkSpacesMock workspaces;

  @BeforeAll
  static void mockStarted(WorkSpacesMock mock) {
    workspaces = mock;
  }

  @DynamicPropertySource
  static void pointTheAppAtTheMock(DynamicPropertyRegistry registry) {
    registry.add("workspaces.endpoint", () -> workspaces.endpoint().toString());
    registry.add("workspaces.account", () -> OWNER);
  }

  @Autowired ApplicationContext context;

  @Test
  void the_app_serves_the_images_the_mock_holds(Given given) {
    given.image("wsi-dstream007", image -> image.name("served-by-boot"));
    String port = context.getEnvironment().getProperty("local.server.port");

    String body =
        RestClient.create("http://127.0.0.1:" + port)
            .get()
            .uri("/images")
            .retrieve()
            .body(String.class);

    assertThat(body).isEqualTo("[{\"imageId\":\"wsi-dstream007\",\"name\":\"served-by-boot\"}]");
  }

  /** The server and JSON mapper the table's row names (Jackson 3 on Boot 4, beside the mock's Jackson 2). */
  @Test
  void the_app_runs_on_the_server_and_json_mapper_its_starters_chose() throws Exception {
    Object webServer = context.getClass().getMethod("getWebServer").invoke(context);
    String server = ClasspathTests.EXPECTED.getProperty("server");
    String jsonMapper =
        ClasspathTests.EXPECTED.getProperty("jackson3").equals("none")
            ? "com.fasterxml.jackson.databind.ObjectMapper"
            : "tools.jackson.databind.json.JsonMapper";

    // TomcatWebServer; JettyWebServer on Boot 3, JettyServletWebServer on Boot 4.
    assertThat(webServer.getClass().getSimpleName())
        .startsWith(server.substring(0, server.indexOf(' ')))
        .endsWith("WebServer");
    assertThat(context.getBeanNamesForType(Class.forName(jsonMapper))).isNotEmpty();
  }
}
