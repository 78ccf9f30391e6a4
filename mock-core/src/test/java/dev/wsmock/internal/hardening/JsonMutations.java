package dev.wsmock.internal.hardening;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Mutations of a valid JSON document, node by node, as a hostile or broken client would send them: every node (the
 * document itself, each member, each element) removed, replaced by null, by a value of another JSON type, by an empty or a huge
 * container, by extreme numbers, by strings with control characters, a trailing line break or odd Unicode; every
 * object given a duplicate member; and the serialized bytes flipped and truncated. Deterministic for a seed.
 *
 * <p>Public and in the test jar: the request fuzzer here, the seed and scenario fuzzers and the standalone server's
 * admin API fuzzer all mutate with it.
 */
public final class JsonMutations {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PLACEHOLDER = "\u0000wsmock-duplicate-member\u0000";

  /** One mutated document: what was done, where, and the bytes to send. */
  public record Mutant(String description, byte[] body) {
    @Override
    public String toString() {
      String text =
          new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8)
              .replace("\n", "\\n");
      return description + " (" + body.length + " bytes: " + text + ")";
    }
  }

  /** A way to replace one node; {@code null} from {@link #apply} means it does not fit that node. */
  private record Replacement(String name, Function<JsonNode, JsonNode> apply) {}

  private static final List<Replacement> REPLACEMENTS =
      List.of(
          new Replacement("null", n -> NODES.nullNode()),
          new Replacement("empty string", n -> NODES.textNode("")),
          new Replacement("string", n -> NODES.textNode("text")),
          new Replacement("zero", n -> NODES.numberNode(0)),
          new Replacement("minus one", n -> NODES.numberNode(-1)),
          new Replacement("2^31", n -> NODES.numberNode(2147483648L)),
          new Replacement("-2^63-1", n -> NODES.numberNode(new BigInteger("-9223372036854775809"))),
          new Replacement("1e308", n -> NODES.numberNode(new BigDecimal("1e308"))),
          new Replacement("-1e-308", n -> NODES.numberNode(new BigDecimal("-1e-308"))),
          new Replacement("decimal", n -> NODES.numberNode(new BigDecimal("1.5"))),
          new Replacement("99 digits", n -> NODES.numberNode(new BigInteger("9".repeat(99)))),
          new Replacement("true", n -> NODES.booleanNode(true)),
          new Replacement("empty object", n -> NODES.objectNode()),
          new Replacement("empty array", n -> NODES.arrayNode()),
          new Replacement("array of null", n -> NODES.arrayNode().addNull()),
          new Replacement("wrapped in an array", n -> NODES.arrayNode().add(n.deepCopy())),
          new Replacement("huge array", JsonMutations::hugeArray),
          new Replacement("huge object", JsonMutations::hugeObject),
          new Replacement("deep nesting", JsonMutations::deep),
          new Replacement("huge string", n -> NODES.textNode("a".repeat(100_000))),
          new Replacement("trailing line break", n -> text(n, s -> s + "\n")),
          new Replacement("trailing CR LF", n -> text(n, s -> s + "\r\n")),
          new Replacement("control characters", n -> text(n, s -> s + "\u0000\u0007\u001b")),
          new Replacement("leading space", n -> text(n, s -> " " + s)),
          new Replacement("unicode", n -> text(n, s -> s + "\u202e\u00e9\uD83D\uDE00\uFEFF")),
          new Replacement("lone surrogate", n -> text(n, s -> s + "\uD800")),
          new Replacement("upper case", n -> text(n, s -> s.toUpperCase(java.util.Locale.ROOT))));

  private JsonMutations() {}

  /** How many ways {@link #replacements} replaces one node. */
  public static int replacementKinds() {
    return REPLACEMENTS.size();
  }

  /**
   * Every node of {@code valid} removed and replaced in every way (or, with {@code perNode} below
   * {@link #replacementKinds()}, by null and in {@code perNode - 1} more ways drawn from {@code random}), every object
   * with a duplicate member, then {@code byteLevel} byte flips and as many truncations of the serialized document.
   */
  public static List<Mutant> mutants(JsonNode valid, Random random, int perNode, int byteLevel) {
    List<Mutant> mutants = new ArrayList<>();
    List<JsonPointer> pointers = new ArrayList<>();
    collect(valid, JsonPointer.empty(), pointers);
    for (JsonPointer pointer : pointers) {
      JsonNode node = valid.at(pointer);
      List<Replacement> kinds = new ArrayList<>(REPLACEMENTS);
      if (perNode < kinds.size()) {
        // null is always tried; the other kinds are drawn
        List<Replacement> others = new ArrayList<>(kinds.subList(1, kinds.size()));
        java.util.Collections.shuffle(others, random);
        kinds = new ArrayList<>(List.of(kinds.get(0)));
        kinds.addAll(others.subList(0, Math.max(0, perNode - 1)));
      }
      if (!pointer.matches()) {
        mutants.add(new Mutant("removed '" + pointer + "'", bytes(removed(valid, pointer))));
      }
      for (Replacement kind : kinds) {
        JsonNode replacement = kind.apply().apply(node);
        if (replacement != null) {
          mutants.add(
              new Mutant(
                  kind.name() + " at '" + pointer + "'",
                  bytes(replaced(valid, pointer, replacement))));
        }
      }
      if (node.isObject() && node.size() > 0) {
        mutants.add(duplicateMember(valid, pointer, (ObjectNode) node, random));
      }
    }
    byte[] bytes = bytes(valid);
    for (int i = 0; i < byteLevel; i++) {
      byte[] flipped = bytes.clone();
      int at = random.nextInt(flipped.length);
      flipped[at] ^= (byte) (1 << random.nextInt(8));
      mutants.add(new Mutant("byte " + at + " flipped", flipped));
      int cut = random.nextInt(bytes.length);
      mutants.add(new Mutant("truncated at " + cut, Arrays.copyOf(bytes, cut)));
    }
    return mutants;
  }

  private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> into) {
    into.add(at);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        collect(member.getValue(), at.appendProperty(member.getKey()), into);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at.appendIndex(i), into);
      }
    }
  }

  /** A copy of {@code document} with the node at {@code pointer} replaced. */
  private static JsonNode replaced(JsonNode document, JsonPointer pointer, JsonNode replacement) {
    if (pointer.matches()) {
      return replacement;
    }
    JsonNode copy = document.deepCopy();
    JsonNode parent = copy.at(pointer.head());
    String last = pointer.last().getMatchingProperty();
    if (parent.isObject()) {
      ((ObjectNode) parent).set(last, replacement);
    } else {
      ((ArrayNode) parent).set(pointer.last().getMatchingIndex(), replacement);
    }
    return copy;
  }

  /** A copy of {@code document} without the member or element at {@code pointer}. */
  private static JsonNode removed(JsonNode document, JsonPointer pointer) {
    JsonNode copy = document.deepCopy();
    JsonNode parent = copy.at(pointer.head());
    if (parent.isObject()) {
      ((ObjectNode) parent).remove(pointer.last().getMatchingProperty());
    } else {
      ((ArrayNode) parent).remove(pointer.last().getMatchingIndex());
    }
    return copy;
  }

  /** The object at {@code pointer} written with one of its members twice, the second time with another value. */
  private static Mutant duplicateMember(
      JsonNode document, JsonPointer pointer, ObjectNode object, Random random) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    String name = names.get(random.nextInt(names.size()));
    JsonNode other =
        REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())).apply().apply(object.get(name));
    String objectText = text(object);
    String duplicated =
        objectText.substring(0, objectText.length() - 1)
            + ","
            + text(NODES.textNode(name))
            + ":"
            + text(other == null ? NODES.nullNode() : other)
            + "}";
    String documentText = text(replaced(document, pointer, NODES.textNode(PLACEHOLDER)));
    String whole = documentText.replace(text(NODES.textNode(PLACEHOLDER)), duplicated);
    return new Mutant(
        "member '" + name + "' twice at '" + pointer + "'", whole.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode text(JsonNode node, Function<String, String> change) {
    return node.isTextual() ? NODES.textNode(change.apply(node.textValue())) : null;
  }

  private static JsonNode hugeArray(JsonNode node) {
    ArrayNode array = NODES.arrayNode();
    JsonNode element = node.isArray() && node.size() > 0 ? node.get(0) : node;
    for (int i = 0; i < 300; i++) {
      array.add(element.deepCopy());
    }
    return array;
  }

  private static JsonNode hugeObject(JsonNode node) {
    ObjectNode object = node.isObject() ? ((ObjectNode) node).deepCopy() : NODES.objectNode();
    for (int i = 0; i < 2000; i++) {
      object.put("Member" + i, i);
    }
    return object;
  }

  private static JsonNode deep(JsonNode node) {
    JsonNode deep = node.deepCopy();
    for (int i = 0; i < 70; i++) {
      deep = NODES.arrayNode().add(deep);
    }
    return deep;
  }

  private static String text(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(JsonNode node) {
    return text(node).getBytes(StandardCharsets.UTF_8);
  }
}
