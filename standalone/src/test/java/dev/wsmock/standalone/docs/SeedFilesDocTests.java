package dev.wsmock.standalone.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wsmock.SeedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/seed-files.md says what the seed format is: its examples load (or fail) as shown, every member is there. */
class SeedFilesDocTests extends OneMock {
  static final Markdown PAGE = Markdown.doc("seed-files.md");

  @Test
  void every_example_loads_or_fails_with_the_message_shown() {
    List<String> wrong =
        DocExamples.check(
            PAGE,
            List.of("json"),
            json -> {
              mock.reset();
              mock.loadSeedJson(json, "seed.json");
            });

    assertThat(wrong).isEmpty();
  }

  /**
   * The members the format accepts at each place, as its own "unknown member" error lists them: whatever the Java
   * types behind it, that is what a seed file may say.
   */
  static final String IMAGE =
      "\"ImageId\": \"wsi-golden001\", \"OwnerAccountId\": \"111111111111\", \"Region\": \"us-east-1\"";

  static final Map<String, String> PLACES =
      Map.of(
          "Top level", "{\"Zzz\": 1}",
          "Accounts", "{\"Accounts\": [{\"AccountId\": \"111111111111\", \"Zzz\": 1}]}",
          "Images", "{\"Images\": [{" + IMAGE + ", \"Zzz\": 1}]}",
          "WorkSpaces",
              "{\"Workspaces\": [{\"WorkspaceId\": \"ws-abcd12345\", \"OwnerAccountId\": \"111111111111\","
                  + " \"Region\": \"us-east-1\", \"Zzz\": 1}]}",
          "Bundles",
              "{\"Bundles\": [{\"BundleId\": \"wsb-abcd12345\", \"OwnerAccountId\": \"111111111111\","
                  + " \"Region\": \"us-east-1\", \"Zzz\": 1}]}",
          "Custom image imports", "{\"CustomImageImports\": [{" + IMAGE + ", \"Zzz\": 1}]}",
          "Directories",
              "{\"Directories\": [{\"DirectoryId\": \"d-1234567890\", \"OwnerAccountId\": \"111111111111\","
                  + " \"Region\": \"us-east-1\", \"Zzz\": 1}]}");

  @Test
  void every_member_the_format_accepts_has_a_row_in_its_table() {
    List<String> missing = new ArrayList<>();
    PLACES.forEach(
        (heading, probe) -> {
          String documented =
              String.join(" ", PAGE.tableAfter(heading).stream().map(row -> row.get(0)).toList());
          for (String member : accepted(probe)) {
            if (!documented.contains("`" + member + "`")) {
              missing.add(heading + ": " + member);
            }
          }
        });

    assertThat(missing).as("members without a row").isEmpty();
  }

  @Test
  void nested_members_are_documented_in_their_rows() {
    String images =
        String.join("\n", PAGE.tableAfter("Images").stream().map(String::valueOf).toList());
    for (String nested :
        List.of(
            "\"OperatingSystem\": {\"Type\": \"WINDOWS\", \"Zzz\": 1}",
            "\"ErrorDetails\": [{\"ErrorCode\": \"OfficeInstalled\", \"Zzz\": 1}]",
            "\"Tags\": [{\"Key\": \"team\", \"Zzz\": 1}]",
            "\"Updates\": {\"UpdateAvailable\": true, \"Zzz\": 1}")) {
      for (String member : accepted("{\"Images\": [{" + IMAGE + ", " + nested + "}]}")) {
        assertThat(images).as("the Images table names %s", member).contains("\"" + member + "\"");
      }
    }
  }

  private static final Pattern EXPECTED = Pattern.compile("expected one of (.*)$");

  private static List<String> accepted(String probe) {
    SeedException error =
        catchThrowableOfType(SeedException.class, () -> mock.loadSeedJson(probe, "probe"));
    assertThat(error).as("%s is refused", probe).isNotNull();
    Matcher m = EXPECTED.matcher(error.getMessage());
    assertThat(m.find()).as("the members listed in: %s", error.getMessage()).isTrue();
    return List.of(m.group(1).split(",\\s*"));
  }
}
