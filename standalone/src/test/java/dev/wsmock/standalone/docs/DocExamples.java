package dev.wsmock.standalone.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The examples of a reference page: blocks of one language load, blocks marked {@code invalid} fail with the message
 * of the {@code text} block that follows them ({@code ...} there stands for anything).
 */
final class DocExamples {
  private DocExamples() {}

  /** A failure for each example that does not behave as the page says; empty when all do. */
  static List<String> check(Markdown page, List<String> languages, Consumer<String> load) {
    List<String> wrong = new ArrayList<>();
    List<Markdown.Block> blocks = page.blocks();
    int examples = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Markdown.Block block = blocks.get(i);
      if (!languages.contains(block.language())) {
        continue;
      }
      examples++;
      String where = page.file().getFileName() + ":" + block.line();
      Throwable thrown = catchThrowable(() -> load.accept(block.text()));
      if (!block.isMarked("invalid")) {
        if (thrown != null) {
          wrong.add(where + ": should load, but: " + thrown.getMessage());
        }
        continue;
      }
      Markdown.Block expected = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      if (expected == null || !expected.language().equals("text")) {
        wrong.add(where + ": an invalid example needs a text block with its message after it");
      } else if (thrown == null) {
        wrong.add(where + ": should fail, but loaded");
      } else if (!matches(expected.text().strip(), String.valueOf(thrown.getMessage()))) {
        wrong.add(
            where
                + ": fails with\n  "
                + thrown.getMessage()
                + "\nbut the page says\n  "
                + expected.text().strip());
      }
    }
    assertThat(examples).as("examples in %s", page.file()).isPositive();
    return wrong;
  }

  /** {@code expected} with each {@code ...} standing for any text. */
  static boolean matches(String expected, String actual) {
    StringBuilder regex = new StringBuilder();
    String[] parts = expected.split(Pattern.quote("..."), -1);
    for (int i = 0; i < parts.length; i++) {
      regex.append(Pattern.quote(parts[i]));
      if (i < parts.length - 1) {
        regex.append("(?s:.*)");
      }
    }
    return actual.matches(regex.toString());
  }
}
