package dev.wsmock.internal.journal;

import dev.wsmock.RecordedCall;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the journal keeps of a request, and what a kept call costs. The members the operation's input declares are
 * kept whole: assertions and consumer checks read them. Any other member (AWS ignores them) is kept shortened:
 * strings cut to {@value #MAX_STRING} characters, lists and objects to {@value #MAX_ITEMS} items, nesting to
 * {@value #MAX_DEPTH} levels, each cut marked in the value itself, so a client padding its requests cannot make the
 * journal hold its padding.
 */
public final class RetainedCalls {
  static final int MAX_STRING = 256;
  static final int MAX_ITEMS = 16;
  static final int MAX_DEPTH = 4;

  /** The key under which a shortened object says how many members it left out. */
  static final String MORE_MEMBERS = "…";

  // Rough JVM costs (64-bit, compressed oops), on the high side: an estimate that errs towards
  // dropping early.
  private static final long CALL = 512;
  private static final long ENTRY = 48;
  private static final long STRING = 48;
  private static final long BOXED = 24;
  private static final long LIST = 48;
  private static final long ITEM = 8;

  private RetainedCalls() {}

  /** {@code members} with every member outside {@code declared} shortened; declared members are kept whole. */
  public static Map<String, Object> request(Map<String, Object> members, Set<String> declared) {
    if (declared.containsAll(members.keySet())) {
      return members; // the usual request: nothing to shorten, nothing to copy
    }
    Map<String, Object> kept = new LinkedHashMap<>(members.size() * 2);
    members.forEach(
        (name, value) -> kept.put(name, declared.contains(name) ? value : shortened(value, 1)));
    return kept;
  }

  private static Object shortened(Object value, int depth) {
    if (value instanceof String text) {
      return text.length() <= MAX_STRING
          ? text
          : text.substring(0, MAX_STRING)
              + "…("
              + (text.length() - MAX_STRING)
              + " more characters not journaled)";
    }
    if (!(value instanceof Map<?, ?>) && !(value instanceof List<?>)) {
      return value;
    }
    if (depth >= MAX_DEPTH) {
      return "…(nested value not journaled)";
    }
    if (value instanceof List<?> list) {
      List<Object> kept = new ArrayList<>(Math.min(list.size(), MAX_ITEMS + 1));
      for (int i = 0; i < list.size() && i < MAX_ITEMS; i++) {
        kept.add(shortened(list.get(i), depth + 1));
      }
      if (list.size() > MAX_ITEMS) {
        kept.add("…(" + (list.size() - MAX_ITEMS) + " more items not journaled)");
      }
      return kept;
    }
    Map<?, ?> object = (Map<?, ?>) value;
    Map<String, Object> kept = new LinkedHashMap<>();
    Iterator<? extends Map.Entry<?, ?>> members = object.entrySet().iterator();
    while (members.hasNext() && kept.size() < MAX_ITEMS) {
      Map.Entry<?, ?> member = members.next();
      kept.put(
          (String) shortened(String.valueOf(member.getKey()), depth + 1),
          shortened(member.getValue(), depth + 1));
    }
    if (object.size() > MAX_ITEMS) {
      kept.put(MORE_MEMBERS, (object.size() - MAX_ITEMS) + " more members not journaled");
    }
    return kept;
  }

  /** An estimate of the heap {@code call} keeps alive in the journal, on the high side. */
  public static long bytes(RecordedCall call) {
    long total = CALL + value(call.request());
    total += text(call.operationName()) + text(call.accountId()) + text(call.region());
    total += text(call.errorCode()) + text(call.errorMessage()) + text(call.requestId());
    total += text(call.sdkInvocationId()) + text(call.responseNextToken());
    for (String violation : call.contractViolations()) {
      total += ITEM + text(violation);
    }
    for (String id : call.invisibleImageIds()) {
      total += ITEM + text(id);
    }
    return total;
  }

  private static long value(Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof String text) {
      return text(text);
    }
    if (value instanceof Map<?, ?> map) {
      long total = LIST;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        total += ENTRY + value(entry.getKey()) + value(entry.getValue());
      }
      return total;
    }
    if (value instanceof List<?> list) {
      long total = LIST;
      for (Object item : list) {
        total += ITEM + value(item);
      }
      return total;
    }
    return BOXED;
  }

  /** A string's cost: header and array, two bytes a character (a Latin-1 string takes one, so this errs high). */
  private static long text(String text) {
    return text == null ? 0 : STRING + 2L * text.length();
  }

  /** {@code 33554432} as {@code 32 MiB}; a bound that is no whole number of MiB in bytes. */
  static String readable(long bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
  }
}
