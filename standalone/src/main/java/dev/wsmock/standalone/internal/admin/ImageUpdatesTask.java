package dev.wsmock.standalone.internal.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.wsmock.ImageUpdates;
import dev.wsmock.WorkSpacesMock;

/**
 * {@code POST /__admin/workspaces/images/{id}/updates} sets an image's {@code Updates}, in the API's member names
 * ({@code {"UpdateAvailable": true, "Description": "..."}}), as AWS does when it releases new drivers for it;
 * {@code DELETE} removes them. The region is {@code ?region=}, else the region the id is found in.
 */
final class ImageUpdatesTask extends JsonTask {
  ImageUpdatesTask(MockAccess access, AdminJson json) {
    super(access, json);
  }

  /** The request body and the answer's {@code Updates}: the service model's {@code UpdateResult}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record UpdateResult(
      @JsonProperty("UpdateAvailable") Boolean updateAvailable,
      @JsonProperty("Description") String description) {}

  /** The answer: the image's updates after the change. */
  record ImageUpdatesView(
      @JsonProperty("ImageId") String imageId,
      @JsonProperty("Region") String region,
      @JsonProperty("Updates") @JsonInclude(JsonInclude.Include.NON_NULL) UpdateResult updates) {}

  @Override
  ResponseDefinition handle(WorkSpacesMock mock, Request request, PathParams pathParams) {
    String imageId = pathParams.get("id");
    ImageUpdates updates = null;
    if (!request.getMethod().equals(RequestMethod.DELETE)) {
      UpdateResult body =
          json.read(
              request.getBody(),
              UpdateResult.class,
              "{\"UpdateAvailable\": true, \"Description\": \"New WorkSpaces drivers are available\"}");
      if (body == null || body.updateAvailable() == null) {
        throw new AdminProblem(400, "InvalidRequest", "UpdateAvailable is required: true or false");
      }
      updates = new ImageUpdates(body.updateAvailable(), body.description());
    }
    String region = ImageRegion.of(mock, request, imageId);
    mock.setImageUpdates(region, imageId, updates);
    ImageUpdates now = mock.image(region, imageId).orElseThrow().updates();
    return json.ok(
        new ImageUpdatesView(
            imageId,
            region,
            now == null ? null : new UpdateResult(now.updateAvailable(), now.description())));
  }
}
