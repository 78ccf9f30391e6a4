package dev.wsmock.internal.contract;

/**
 * A slot for a shape's node, created before any node is built and filled once afterwards, so that
 * composite nodes can point at shapes (even recursive ones) without name lookups at check time.
 */
final class NodeRef {

  private final String shapeName;
  private ShapeNode node;

  NodeRef(String shapeName) {
    this.shapeName = shapeName;
  }

  void bind(ShapeNode target) {
    if (node != null) {
      throw new IllegalStateException("shape already bound: " + shapeName);
    }
    node = target;
  }

  ShapeNode get() {
    return node;
  }

  String shapeName() {
    return shapeName;
  }
}
