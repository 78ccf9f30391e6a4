package dev.wsmock.standalone.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.Seed;
import dev.wsmock.scenarios.Scenario;
import dev.wsmock.scenarios.ScenarioReader;
import dev.wsmock.scenarios.Scenarios;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/scenarios.md says what the scenario format is and what each catalogue scenario seeds. */
class ScenariosDocTests extends OneMock {
  static final Markdown PAGE = Markdown.doc("scenarios.md");

  @Test
  void every_example_reads_and_applies_or_fails_with_the_message_shown() {
    List<String> wrong =
        DocExamples.check(
            PAGE,
            List.of("yaml", "json"),
            text -> {
              mock.reset();
              Scenario scenario =
                  ScenarioReader.read(text.getBytes(StandardCharsets.UTF_8), "scenario.yaml");
              scenario.applyTo(mock);
            });

    assertThat(wrong).isEmpty();
  }

  @Test
  void the_catalogue_table_lists_every_scenario_with_exactly_what_it_seeds() {
    List<List<String>> rows = PAGE.tableAfter("The catalogue");
    assertThat(rows.stream().map(r -> unquote(r.get(0))).toList())
        .as("the catalogue's scenarios, in its order")
        .containsExactlyElementsOf(Scenarios.names());

    List<String> wrong = new ArrayList<>();
    for (List<String> row : rows) {
      String name = unquote(row.get(0));
      Set<String> seeded = seededIds(Scenarios.named(name).seed());
      Set<String> documented = documentedIds(row.get(1), seeded);
      if (!documented.equals(seeded)) {
        wrong.add(name + ": the file seeds " + seeded + ", the table says " + documented);
      }
    }

    assertThat(wrong).isEmpty();
  }

  @Test
  void the_seeds_column_is_read_as_it_is_meant() {
    Set<String> seeded =
        Set.of("wsi-page0000001", "wsi-page0000002", "wsi-page0000003", "111111111111");

    assertThat(
            documentedIds(
                "images `wsi-page0000001` to `wsi-page0000003` of `111111111111`", seeded))
        .isEqualTo(seeded);
    assertThat(documentedIds("image `wsi-page0000001` of `111111111111`", seeded))
        .isEqualTo(Set.of("wsi-page0000001", "111111111111"));
    assertThat(documentedIds("nothing", seeded)).isEmpty();
  }

  /** Every image id, account id (owners included), WorkSpace and bundle id a seed defines. */
  static Set<String> seededIds(Seed seed) {
    Set<String> ids = new TreeSet<>();
    seed.accounts().forEach(a -> ids.add(a.accountId()));
    seed.images()
        .forEach(
            i -> {
              ids.add(i.imageId());
              ids.add(i.ownerAccountId());
              ids.addAll(i.sharedAccountIds());
            });
    seed.workspaces()
        .forEach(
            w -> {
              ids.add(w.workspaceId());
              ids.add(w.ownerAccountId());
            });
    seed.bundles()
        .forEach(
            b -> {
              ids.add(b.bundleId());
              ids.add(b.ownerAccountId());
            });
    return ids;
  }

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern RANGE = Pattern.compile("`([^`]+)` to `([^`]+)`");

  /**
   * The ids a cell names: each in backticks, and every id of {@code seeded} within a {@code `first` to `last`} range
   * (same length, in between).
   */
  static Set<String> documentedIds(String cell, Set<String> seeded) {
    Set<String> ids = new TreeSet<>();
    Matcher code = CODE.matcher(cell);
    while (code.find()) {
      if (code.group(1).matches("\\d{12}|(wsi|wsb|ws)-[0-9a-z]+")) {
        ids.add(code.group(1));
      }
    }
    Matcher range = RANGE.matcher(cell);
    while (range.find()) {
      String first = range.group(1);
      String last = range.group(2);
      seeded.stream()
          .filter(id -> id.length() == first.length())
          .filter(id -> id.compareTo(first) >= 0 && id.compareTo(last) <= 0)
          .forEach(ids::add);
    }
    return ids;
  }

  private static String unquote(String cell) {
    return cell.replace("`", "");
  }
}
