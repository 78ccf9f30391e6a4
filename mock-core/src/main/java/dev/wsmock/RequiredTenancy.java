package dev.wsmock;

/** {@code RequiredTenancy}: {@code DEDICATED} marks a Bring Your Own License (BYOL) image. */
public enum RequiredTenancy {
  DEFAULT,
  DEDICATED
}
