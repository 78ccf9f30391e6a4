package com.example.goldenimage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.wsmock.Operation;
import dev.wsmock.WorkSpacesMock;
import java.util.Map;

/**
 * Throttles the first calls to an operation with WireMock stubs in front of the model: each stub answers once with
 * AWS's 400 {@code ThrottlingException} and moves a WireMock scenario on, so call {@code n + 1} reaches the model.
 */
final class Throttling {
  private Throttling() {}

  static void firstCalls(WorkSpacesMock mock, Operation operation, int calls) {
    String scenario = "throttle " + operation.awsName();
    for (int i = 0; i < calls; i++) {
      mock.wireMock().stubFor(post("/")
          .withHeader("X-Amz-Target", equalTo(operation.target()))
          .inScenario(scenario)
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "throttled " + i)
          .willSetStateTo("throttled " + (i + 1))
          .willReturn(aResponse()
              .withStatus(400)
              .withHeader("Content-Type", "application/x-amz-json-1.1")
              .withHeader("x-amzn-ErrorType", "ThrottlingException")
              .withBody(Json.write(Map.of("__type", "ThrottlingException", "message", "Rate exceeded")))));
    }
  }
}
