package dev.wsmock;

/** The {@code State} of a {@code WorkspaceImage}: new images are {@code PENDING}, then {@code AVAILABLE} or {@code ERROR}. */
public enum ImageState {
  AVAILABLE,
  PENDING,
  ERROR
}
