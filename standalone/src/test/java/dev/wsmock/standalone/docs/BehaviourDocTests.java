package dev.wsmock.standalone.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.MockBehaviour;
import dev.wsmock.Operation;
import dev.wsmock.standalone.internal.BehaviourOptions;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Option;

/** docs/behaviour.md covers every modelled operation and every switch, in Java and on the command line. */
class BehaviourDocTests {
  static final Markdown PAGE = Markdown.doc("behaviour.md");

  @Test
  void every_modelled_operation_has_its_section() {
    List<String> headings = PAGE.headings();

    assertThat(headings)
        .as("a '### <Operation>' section per modelled operation")
        .containsAll(Arrays.stream(Operation.values()).map(Operation::awsName).toList());
  }

  @Test
  void every_switch_has_a_row_with_its_java_and_its_standalone_option() {
    String switches =
        String.join("\n", PAGE.tableAfter("Switches").stream().map(String::valueOf).toList());

    List<String> withers =
        Arrays.stream(MockBehaviour.class.getMethods())
            .filter(m -> m.getName().startsWith("with") && !Modifier.isStatic(m.getModifiers()))
            .map(Method::getName)
            .distinct()
            .toList();
    assertThat(withers).isNotEmpty();
    for (String wither : withers) {
      assertThat(switches).as("the switches table names %s", wither).contains("`" + wither + "(");
    }
    for (Field field : BehaviourOptions.class.getDeclaredFields()) {
      Option option = field.getAnnotation(Option.class);
      if (option != null) {
        for (String name : option.names()) {
          assertThat(switches).as("the switches table names %s", name).contains("`" + name);
        }
      }
    }
  }
}
