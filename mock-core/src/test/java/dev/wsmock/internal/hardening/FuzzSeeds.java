package dev.wsmock.internal.hardening;

import dev.wsmock.ImageState;
import dev.wsmock.ImageUpdates;
import dev.wsmock.Seed;

/** The state fuzzed requests start from: images in several accounts and regions, shared, pending, with updates and in bundles. */
final class FuzzSeeds {
  private FuzzSeeds() {}

  static Seed standard() {
    return Seed.builder()
        .image(
            "wsi-golden0001",
            "111111111111",
            "us-east-1",
            i -> i.name("golden-1").sharedWith("222222222222"))
        .image(
            "wsi-golden0002",
            "111111111111",
            "us-east-1",
            i -> i.name("golden-2").updates(ImageUpdates.available("New drivers")))
        .image(
            "wsi-golden0003",
            "222222222222",
            "us-west-2",
            i -> i.name("golden-3").sharedWith("111111111111", "333333333333"))
        .image(
            "wsi-abcdefghi",
            "123456789012",
            "eu-west-1",
            i -> i.name("pending").state(ImageState.PENDING))
        .image("wsi-golden0001x", "333333333333", "us-east-1", i -> i.name("byol").byol())
        .workspace("ws-golden001", "111111111111", "us-east-1")
        .bundle("wsb-golden001", "111111111111", "us-east-1", "wsi-golden0002")
        .build();
  }
}
