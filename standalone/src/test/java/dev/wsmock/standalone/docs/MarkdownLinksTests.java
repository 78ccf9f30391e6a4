package dev.wsmock.standalone.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every link in every Markdown file of the repository resolves inside it: a relative link to an existing file, and
 * to an existing heading when it names one. A link that leaves the repository (an absolute path, {@code file:},
 * {@code ../} past the root) is dead in every other clone, so it fails too. Web links are not followed.
 */
class MarkdownLinksTests {

  @Test
  void every_link_in_every_markdown_file_resolves_inside_the_repository() {
    Path root = Markdown.repositoryRoot();
    List<Path> files = Markdown.allFiles();
    assertThat(files).as("the Markdown files found").contains(root.resolve("README.md"));

    List<String> dead = new ArrayList<>();
    for (Path file : files) {
      Markdown markdown = Markdown.read(file);
      for (Markdown.Link link : markdown.links()) {
        problem(root, markdown, link.target())
            .ifPresent(
                p ->
                    dead.add(
                        root.relativize(file)
                            + ":"
                            + link.line()
                            + ": "
                            + link.target()
                            + ": "
                            + p));
      }
    }

    assertThat(dead).as("dead or outgoing links").isEmpty();
  }

  @Test
  void the_check_sees_dead_and_outgoing_links() {
    Path root = Markdown.repositoryRoot();
    Markdown readme = Markdown.read(root.resolve("README.md"));

    assertThat(problem(root, readme, "docs/no-such-page.md").orElse("fine"))
        .contains("no such file");
    assertThat(problem(root, readme, "../outside/notes.md").orElse("fine"))
        .contains("leaves the repository");
    assertThat(problem(root, readme, "/etc/hosts").orElse("fine"))
        .contains("leaves the repository");
    assertThat(problem(root, readme, "file:///etc/hosts").orElse("fine"))
        .contains("leaves the repository");
    assertThat(problem(root, readme, "docs/behaviour.md#no-such-heading").orElse("fine"))
        .contains("no heading #no-such-heading");
    assertThat(problem(root, readme, "docs/behaviour.md#switches")).isEmpty();
    assertThat(problem(root, readme, "#modules")).isEmpty();
    assertThat(problem(root, readme, "https://example.com/any")).isEmpty();
  }

  /** Why {@code target}, written in {@code from}, is dead or leaves the repository; empty when it is fine. */
  static Optional<String> problem(Path root, Markdown from, String target) {
    String lower = target.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://")
        || lower.startsWith("https://")
        || lower.startsWith("mailto:")) {
      return Optional.empty();
    }
    if (lower.startsWith("file:") || target.startsWith("/") || target.startsWith("\\")) {
      return Optional.of("leaves the repository (an absolute path)");
    }
    if (target.isEmpty()) {
      return Optional.of("an empty link");
    }
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    String anchor = hash < 0 ? null : target.substring(hash + 1);
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    Path resolved =
        path.isEmpty() ? from.file() : from.file().getParent().resolve(path).normalize();
    if (!resolved.startsWith(root)) {
      return Optional.of("leaves the repository");
    }
    if (!Files.exists(resolved)) {
      return Optional.of("no such file " + root.relativize(resolved));
    }
    if (anchor != null && !anchor.isEmpty() && resolved.toString().endsWith(".md")) {
      Markdown linked = Markdown.read(resolved);
      if (!linked.anchors().contains(anchor)) {
        return Optional.of("no heading #" + anchor + " in " + root.relativize(resolved));
      }
    }
    return Optional.empty();
  }
}
