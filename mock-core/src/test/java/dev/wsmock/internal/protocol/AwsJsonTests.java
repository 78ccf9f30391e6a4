package dev.wsmock.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsmock.internal.json.Json;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsJsonTests {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"ImageId\":\"wsi-abc123def\",\"AllowCopyImage\":true,\"MaxResults\":25}",
        "{\"ImageIds\":[\"wsi-1\",\"wsi-2\"],\"NextToken\":null,\"Nested\":{\"Deep\":[{\"A\":[1,2.5,-3]},[]]}}",
        "{\"Big\":123456789012345678901234567890,\"Long\":1234567890123,\"Float\":1.0E-7,\"Neg\":-0.0}",
        "{\"Unicode\":\"\\u00e9\\ud83d\\ude00\",\"Empty\":\"\",\"False\":false,\"Order\":{\"z\":1,\"a\":2,\"m\":3}}"
      })
  void members_reads_a_request_exactly_as_jackson_binding_would(String json) throws Exception {
    JsonNode tree = Json.aws().readTree(json);

    Map<String, Object> members = AwsJson.members(tree);

    Map<String, Object> bound =
        new ObjectMapper().convertValue(tree, new TypeReference<Map<String, Object>>() {});
    assertThat(members).isEqualTo(bound);
    assertThat(members.toString())
        .isEqualTo(bound.toString()); // same member order, same number types' rendering
  }

  @Test
  void request_ids_are_distinct_version_4_uuids() {
    for (int i = 0; i < 1_000; i++) {
      UUID id = UUID.fromString(ErrorResponses.requestId());
      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(2);
    }
    assertThat(
            java.util.stream.IntStream.range(0, 10_000)
                .mapToObj(i -> ErrorResponses.requestId())
                .distinct())
        .hasSize(10_000);
  }
}
