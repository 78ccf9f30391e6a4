package dev.wsmock.standalone.internal.admin;

import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;

/** The region of an image route: {@code ?region=}, else the region the image id is found in. */
final class ImageRegion {
  private ImageRegion() {}

  static String of(WorkSpacesMock mock, Request request, String imageId) {
    QueryParameter region = request.queryParameter("region");
    if (region != null && region.isPresent()) {
      String name = region.firstValue();
      if (mock.image(name, imageId).isEmpty()) {
        throw new AdminProblem(404, "ImageNotFound", "no image " + imageId + " in " + name);
      }
      return name;
    }
    // The public API has no lookup by id alone; the state export lists every image with its region.
    return mock.exportState().images().stream()
        .filter(i -> i.imageId().equals(imageId))
        .map(Seed.Image::region)
        .findFirst()
        .orElseThrow(
            () -> new AdminProblem(404, "ImageNotFound", "no image " + imageId + " in any region"));
  }
}
