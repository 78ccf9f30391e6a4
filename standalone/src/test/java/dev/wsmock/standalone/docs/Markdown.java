package dev.wsmock.standalone.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One Markdown file as the docs checks read it: fenced code blocks, links outside code, heading anchors. */
final class Markdown {
  /** {@code [text](target)} and {@code ![alt](target)}; the target ends at the first space or closing parenthesis. */
  private static final Pattern INLINE_LINK =
      Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]*)>?[^)]*\\)");

  /** A reference definition: {@code [name]: target}. */
  private static final Pattern REFERENCE =
      Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(\\s.*)?$");

  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern CODE_SPAN = Pattern.compile("`+[^`]*`+");

  /** A fenced block: its info string ({@code json invalid}), its text and the line its fence opens on (from 1). */
  record Block(String info, String text, int line) {
    String language() {
      return info.isBlank() ? "" : info.trim().split("\\s+")[0];
    }

    boolean isMarked(String word) {
      return List.of(info.trim().split("\\s+")).contains(word);
    }
  }

  /** A link target as written, and the line it is on (from 1). */
  record Link(String target, int line) {}

  private final Path file;
  private final List<String> lines;

  private Markdown(Path file, List<String> lines) {
    this.file = file;
    this.lines = lines;
  }

  static Markdown read(Path file) {
    try {
      return new Markdown(file, Files.readAllLines(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository's root: the nearest directory up from here with a {@code pom.xml} and a {@code docs} folder. */
  static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("docs"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }

  static Markdown doc(String name) {
    return read(repositoryRoot().resolve("docs").resolve(name));
  }

  /** Every {@code *.md} of the repository, outside build output and hidden directories. */
  static List<Path> allFiles() {
    Path root = repositoryRoot();
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".md"))
          .filter(Files::isRegularFile)
          .filter(p -> outsideBuildOutput(root.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** No directory on the way is hidden ({@code .git}, ...) or build output. */
  private static boolean outsideBuildOutput(Path relative) {
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      String name = relative.getName(i).toString();
      if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")) {
        return false;
      }
    }
    return true;
  }

  Path file() {
    return file;
  }

  List<String> lines() {
    return lines;
  }

  String text() {
    return String.join("\n", lines);
  }

  List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    String fence = null;
    String info = null;
    int opened = 0;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String trimmed = line.trim();
      if (fence == null) {
        if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
          fence = trimmed.substring(0, 3);
          info = trimmed.substring(3).trim();
          opened = i + 1;
          text.setLength(0);
        }
      } else if (trimmed.startsWith(fence) && trimmed.substring(3).isBlank()) {
        blocks.add(new Block(info, text.toString(), opened));
        fence = null;
      } else {
        text.append(line).append('\n');
      }
    }
    return blocks;
  }

  /** Which lines are code: inside a fenced block, the fences included. */
  private boolean[] code() {
    boolean[] code = new boolean[lines.size()];
    boolean inFence = false;
    for (int i = 0; i < lines.size(); i++) {
      String trimmed = lines.get(i).trim();
      boolean fence = trimmed.startsWith("```") || trimmed.startsWith("~~~");
      code[i] = inFence || fence;
      if (fence) {
        inFence = !inFence;
      }
    }
    return code;
  }

  /** The links of the text outside fenced blocks and code spans. */
  List<Link> links() {
    List<Link> links = new ArrayList<>();
    boolean[] code = code();
    for (int i = 0; i < lines.size(); i++) {
      if (code[i]) {
        continue;
      }
      String prose = CODE_SPAN.matcher(lines.get(i)).replaceAll("");
      Matcher inline = INLINE_LINK.matcher(prose);
      while (inline.find()) {
        links.add(new Link(inline.group(1), i + 1));
      }
      Matcher reference = REFERENCE.matcher(prose);
      if (reference.matches()) {
        links.add(new Link(reference.group(1), i + 1));
      }
    }
    return links;
  }

  /** The headings' texts, as written, outside code. */
  List<String> headings() {
    List<String> headings = new ArrayList<>();
    boolean[] code = code();
    for (int i = 0; i < lines.size(); i++) {
      Matcher heading = HEADING.matcher(lines.get(i));
      if (!code[i] && heading.matches()) {
        headings.add(heading.group(1));
      }
    }
    return headings;
  }

  /** The anchors GitHub gives this file's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
  Set<String> anchors() {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String heading : headings()) {
      String slug = slug(heading);
      int repeat = seen.merge(slug, 1, Integer::sum) - 1;
      anchors.add(repeat == 0 ? slug : slug + "-" + repeat);
    }
    return anchors;
  }

  /**
   * The rows of the table that follows the heading {@code heading}, each as its cells (the header row and the
   * separator left out).
   */
  List<List<String>> tableAfter(String heading) {
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      Matcher h = HEADING.matcher(lines.get(i));
      if (h.matches() && h.group(1).equals(heading)) {
        start = i + 1;
        break;
      }
    }
    if (start < 0) {
      throw new AssertionError(file + " has no heading '" + heading + "'");
    }
    List<List<String>> rows = new ArrayList<>();
    boolean inTable = false;
    for (int i = start; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (HEADING.matcher(line).matches()) {
        break;
      }
      if (line.startsWith("|")) {
        inTable = true;
        rows.add(cells(line));
      } else if (inTable) {
        break;
      }
    }
    if (rows.size() < 2) {
      throw new AssertionError(file + " has no table after '" + heading + "'");
    }
    return rows.subList(2, rows.size());
  }

  private static List<String> cells(String row) {
    String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
    return List.of(inner.split("\\|", -1)).stream().map(String::trim).toList();
  }

  static String slug(String heading) {
    String text = heading.toLowerCase(Locale.ROOT).replace("`", "");
    StringBuilder slug = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
              } else if (c == ' ') {
                slug.append('-');
              }
            });
    return slug.toString();
  }
}
