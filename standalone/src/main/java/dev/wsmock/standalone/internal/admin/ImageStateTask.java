package dev.wsmock.standalone.internal.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.wsmock.ImageErrorDetail;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.WorkspaceImage;
import java.util.List;

/**
 * {@code POST /__admin/workspaces/images/{id}/state}: forces {@code {"State": "AVAILABLE"}} or
 * {@code {"State": "ERROR", "ErrorCode": ..., "ErrorMessage": ..., "ErrorDetails": [...]}}. The region is
 * {@code ?region=}, else the region the id is found in.
 */
final class ImageStateTask extends JsonTask {
  ImageStateTask(MockAccess access, AdminJson json) {
    super(access, json);
  }

  /** The request body, in the API's own member names. */
  record StateChange(
      @JsonProperty("State") String state,
      @JsonProperty("ErrorCode") String errorCode,
      @JsonProperty("ErrorMessage") String errorMessage,
      @JsonProperty("ErrorDetails") List<ErrorDetail> errorDetails) {}

  record ErrorDetail(
      @JsonProperty("ErrorCode") String errorCode,
      @JsonProperty("ErrorMessage") String errorMessage) {}

  /** The answer: the image's state after the change. */
  record ImageStateView(
      @JsonProperty("ImageId") String imageId,
      @JsonProperty("Region") String region,
      @JsonProperty("State") String state,
      @JsonProperty("ErrorCode") String errorCode,
      @JsonProperty("ErrorMessage") String errorMessage) {}

  @Override
  ResponseDefinition handle(WorkSpacesMock mock, Request request, PathParams pathParams) {
    String imageId = pathParams.get("id");
    StateChange change =
        json.read(
            request.getBody(),
            StateChange.class,
            "{\"State\": \"AVAILABLE\"} or {\"State\": \"ERROR\", \"ErrorCode\": ..., \"ErrorMessage\": ...}");
    String region = ImageRegion.of(mock, request, imageId);
    if ("AVAILABLE".equals(change.state())) {
      mock.forceAvailable(region, imageId);
    } else if ("ERROR".equals(change.state())) {
      if (change.errorCode() == null) {
        throw new AdminProblem(
            400, "InvalidRequest", "State ERROR needs an ErrorCode, e.g. \"InvalidImage\"");
      }
      List<ErrorDetail> details = change.errorDetails() == null ? List.of() : change.errorDetails();
      for (ErrorDetail detail : details) {
        if (detail == null || detail.errorCode() == null) {
          throw new AdminProblem(
              400, "InvalidRequest", "every ErrorDetails entry needs an ErrorCode");
        }
      }
      mock.forceError(
          region,
          imageId,
          change.errorCode(),
          change.errorMessage(),
          details.stream()
              .map(d -> new ImageErrorDetail(d.errorCode(), d.errorMessage()))
              .toArray(ImageErrorDetail[]::new));
    } else {
      throw new AdminProblem(
          400,
          "InvalidRequest",
          "State must be AVAILABLE or ERROR, not "
              + (change.state() == null ? "missing" : "'" + change.state() + "'"));
    }
    WorkspaceImage image = mock.image(region, imageId).orElseThrow();
    return json.ok(
        new ImageStateView(
            imageId, region, image.state().name(), image.errorCode(), image.errorMessage()));
  }
}
