package dev.wsmock.scenarios.internal.cassettes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.scenarios.cassettes.VerificationReport.Divergence;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares a recorded answer with the mock's, member by member, and keeps the id mapping across a replay: an id
 * first seen in a recorded response maps to what the mock answered at the same place, and later requests get the
 * mock's id. Volatile members (timestamps) must be present in both but may differ; {@code NextToken}s map like ids.
 * One instance per replay; not thread-safe.
 */
public final class ResponseComparer {
  /** Timestamp members of the WorkSpaces shapes: their values depend on when the traffic ran. */
  private static final Set<String> VOLATILE = Set.of("Created", "CreationTime", "LastUpdatedTime");

  private static final String TOKEN = "NextToken";

  /** Ids the service generates: images, bundles, WorkSpaces. */
  private static final Pattern GENERATED_ID = Pattern.compile("(wsi|wsb|ws)-[0-9a-z]{8,63}");

  private final Set<String> known = new TreeSet<>();
  private final Map<String, String> mapped = new HashMap<>();

  /** Recorded names of resources a replay created, to the prefixed names it sent instead. */
  private final Map<String, String> names = new HashMap<>();

  /**
   * Records that the replay sent {@code sent} where the cassette has {@code recorded} as a new resource's name, so an
   * answer holding the sent name matches the recorded one.
   */
  public void mapName(String recorded, String sent) {
    names.put(recorded, sent);
  }

  /** Marks the ids in {@code node} (the setup, every request) as known to the client, so never mapped. */
  public void learn(JsonNode node) {
    if (node == null) {
      return;
    }
    if (node.isTextual()
        && GENERATED_ID.matcher(node.textValue()).matches()
        && !mapped.containsKey(node.textValue())) {
      known.add(node.textValue());
    }
    node.forEach(this::learn);
  }

  /** {@code request} with every recorded id (and token) the mock answered differently replaced by the mock's. */
  public JsonNode substitute(JsonNode request) {
    if (request.isTextual()) {
      String text = request.textValue();
      if (mapped.containsKey(text)) {
        return JsonNodeFactory.instance.textNode(mapped.get(text));
      }
      for (Map.Entry<String, String> e : mapped.entrySet()) {
        if (GENERATED_ID.matcher(e.getKey()).matches() && text.contains(e.getKey())) {
          text = text.replace(e.getKey(), e.getValue()); // inside an ARN
        }
      }
      return JsonNodeFactory.instance.textNode(text);
    }
    if (request.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      request.forEach(item -> copy.add(substitute(item)));
      return copy;
    }
    if (request.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = request.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        copy.set(field.getKey(), substitute(field.getValue()));
      }
      return copy;
    }
    return request;
  }

  /** Adds every difference between {@code recorded} and {@code actual} to {@code out}; maps new ids as it goes. */
  public void compare(
      String path, String member, JsonNode recorded, JsonNode actual, List<Divergence> out) {
    if (recorded.isObject() && actual.isObject()) {
      Set<String> names = new TreeSet<>();
      recorded.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String child = path.isEmpty() ? name : path + "." + name;
        JsonNode r = recorded.get(name);
        JsonNode a = actual.get(name);
        if (r == null || a == null) {
          out.add(new Divergence(child, render(r), render(a)));
        } else {
          compare(child, name, r, a, out);
        }
      }
      return;
    }
    if (recorded.isArray() && actual.isArray()) {
      if (recorded.size() != actual.size()) {
        out.add(
            new Divergence(
                path + ".size()", String.valueOf(recorded.size()), String.valueOf(actual.size())));
      }
      for (int i = 0; i < Math.min(recorded.size(), actual.size()); i++) {
        compare(path + "[" + i + "]", member, recorded.get(i), actual.get(i), out);
      }
      return;
    }
    if (VOLATILE.contains(member) && recorded.getNodeType() == actual.getNodeType()) {
      return;
    }
    if (recorded.isTextual()
        && actual.isTextual()
        && mapsTo(member, recorded.textValue(), actual.textValue())) {
      return;
    }
    if (recorded.isNumber() && actual.isNumber()
        ? recorded.decimalValue().compareTo(actual.decimalValue()) != 0
        : !recorded.equals(actual)) {
      out.add(new Divergence(path, render(recorded), render(actual)));
    }
  }

  /** True when {@code actual} is what the recorded value maps to (mapping it now if it is new). */
  private boolean mapsTo(String member, String recorded, String actual) {
    if (actual.equals(names.get(recorded))) {
      return true;
    }
    if (mapped.containsKey(recorded)) {
      return mapped.get(recorded).equals(actual);
    }
    boolean mappable =
        TOKEN.equals(member)
            || GENERATED_ID.matcher(recorded).matches()
                && !known.contains(recorded)
                && GENERATED_ID.matcher(actual).matches();
    if (mappable) {
      mapped.put(recorded, actual);
      return true;
    }
    return recorded.equals(actual);
  }

  private static String render(JsonNode node) {
    return node == null ? "<absent>" : node.toString();
  }
}
