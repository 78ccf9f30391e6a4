package dev.wsmock.internal.contract;

/**
 * A Coral-style member path as a parent-linked chain, so walking a valid body only allocates tiny
 * links and the dotted string is built only when something is reported.
 */
final class MemberPath {

  static final MemberPath ROOT = new MemberPath(null, "");

  private final MemberPath parent;
  private final String segment;

  private MemberPath(MemberPath parent, String segment) {
    this.parent = parent;
    this.segment = segment;
  }

  /** A structure member, already in Coral case ({@code maxResults}). */
  MemberPath member(String coralName) {
    return new MemberPath(this, coralName);
  }

  /** A list element: Coral writes {@code imageIds.1.member}, 1-based. */
  MemberPath element(int zeroBasedIndex) {
    return new MemberPath(this, (zeroBasedIndex + 1) + ".member");
  }

  /** A map entry: {@code tags.<key>}. */
  MemberPath entry(String key) {
    return new MemberPath(this, key);
  }

  String render() {
    if (parent == null) {
      return segment;
    }
    String head = parent.render();
    return head.isEmpty() ? segment : head + "." + segment;
  }

  @Override
  public String toString() {
    return render();
  }
}
