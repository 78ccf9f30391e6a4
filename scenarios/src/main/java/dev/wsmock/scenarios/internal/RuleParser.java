package dev.wsmock.scenarios.internal;

import dev.wsmock.AwsIdentifiers;
import dev.wsmock.Operation;
import dev.wsmock.fault.Effect;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.fault.Trigger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The {@code Faults} list of a scenario: {@code Name}, {@code When}, {@code Effect}, {@code Times}. */
final class RuleParser {
  private static final String[] TRIGGERS = {
    "Operation",
    "Account",
    "Region",
    "ImageId",
    "NthCall",
    "EveryKth",
    "FirstN",
    "Probability",
    "TimeWindow",
    "AttemptsUpTo"
  };
  private static final String[] EFFECTS = {
    "Error", "Latency", "Transport", "CorruptBody", "LostResponse"
  };

  /** The status a well-known code implies when a file names only the code. */
  private static final Map<String, Effect.Error> KNOWN_ERRORS =
      Map.of(
          "ThrottlingException", Effect.throttling(),
          "InternalFailure", Effect.internalFailure(),
          "ServiceUnavailable", Effect.serviceUnavailable());

  private RuleParser() {}

  static List<FaultRule> rules(Node list) {
    List<FaultRule> rules = new ArrayList<>();
    for (Node element : list.elements()) {
      rules.add(rule(element.object("Name", "When", "Effect", "Times")));
    }
    return rules;
  }

  private static FaultRule rule(Node node) {
    List<Trigger> when =
        node.has("When") ? triggers(node.member("When").object(TRIGGERS)) : List.of();
    if (!node.has("Effect")) {
      throw node.member("Effect")
          .error("missing; expected an object with one of " + String.join(", ", EFFECTS));
    }
    Effect effect = effect(node.member("Effect"), false);
    String name = node.has("Name") ? node.member("Name").text() : null;
    Integer times = node.has("Times") ? node.member("Times").integer(1) : null;
    return new FaultRule(name, when, effect, times);
  }

  private static List<Trigger> triggers(Node when) {
    List<Trigger> triggers = new ArrayList<>();
    if (when.has("Operation")) {
      Node op = when.member("Operation");
      String name = op.text();
      triggers.add(
          new Trigger.OperationIs(
              Operation.fromAwsName(name)
                  .orElseThrow(
                      () ->
                          op.error(
                              "unknown operation '"
                                  + name
                                  + "'; expected one of "
                                  + Arrays.stream(Operation.values())
                                      .map(Operation::awsName)
                                      .toList()))));
    }
    if (when.has("Account")) {
      triggers.add(new Trigger.AccountIs(accountId(when.member("Account"))));
    }
    if (when.has("Region")) {
      triggers.add(new Trigger.RegionIs(when.member("Region").text()));
    }
    if (when.has("ImageId")) {
      triggers.add(new Trigger.ImageIdIs(when.member("ImageId").text()));
    }
    if (when.has("NthCall")) {
      triggers.add(new Trigger.NthCall(when.member("NthCall").integer(1)));
    }
    if (when.has("EveryKth")) {
      triggers.add(new Trigger.EveryKth(when.member("EveryKth").integer(1)));
    }
    if (when.has("FirstN")) {
      triggers.add(new Trigger.FirstN(when.member("FirstN").integer(1)));
    }
    if (when.has("Probability")) {
      triggers.add(new Trigger.Probability(when.member("Probability").number(0.0, 1.0)));
    }
    if (when.has("TimeWindow")) {
      Node window = when.member("TimeWindow").object("From", "Until");
      try {
        triggers.add(
            new Trigger.TimeWindow(
                window.has("From") ? window.member("From").instant() : null,
                window.has("Until") ? window.member("Until").instant() : null));
      } catch (IllegalArgumentException e) {
        throw window.error(e.getMessage());
      }
    }
    if (when.has("AttemptsUpTo")) {
      triggers.add(new Trigger.AttemptsUpTo(when.member("AttemptsUpTo").integer(1)));
    }
    return triggers;
  }

  private static String accountId(Node node) {
    // YAML reads an unquoted 12-digit account as a number; both spellings mean the account.
    String id =
        node.value().isIntegralNumber()
            ? String.format("%012d", node.value().asLong())
            : node.text();
    if (!AwsIdentifiers.isAccountId(id)) {
      throw node.error("expected a 12-digit account id, got '" + id + "'");
    }
    return id;
  }

  private static Effect effect(Node node, boolean lost) {
    String[] allowed = lost ? new String[] {"Error", "Transport"} : EFFECTS;
    node.object(allowed);
    List<String> present = Arrays.stream(allowed).filter(node::has).toList();
    if (present.size() != 1) {
      throw node.error(
          "expected exactly one of " + String.join(", ", allowed) + ", got " + present);
    }
    Node body = node.member(present.get(0));
    try {
      switch (present.get(0)) {
        case "Error":
          return error(body.object("Status", "Code", "Message"));
        case "Latency":
          return new Effect.Latency(delay(body.object("Fixed", "Uniform", "LogNormal")));
        case "Transport":
          return new Effect.Transport(body.enumValue(Effect.TransportFault.class));
        case "CorruptBody":
          return new Effect.CorruptBody(body.enumValue(Effect.Corruption.class));
        default:
          return new Effect.LostResponse(effect(body, true));
      }
    } catch (IllegalArgumentException e) {
      throw body.error(e.getMessage());
    }
  }

  private static Effect.Error error(Node node) {
    if (!node.has("Code")) {
      throw node.member("Code")
          .error("missing; expected an AWS error code such as ThrottlingException");
    }
    String code = node.member("Code").text();
    Effect.Error known = KNOWN_ERRORS.get(code);
    int status =
        node.has("Status")
            ? node.member("Status").integer(400)
            : known != null ? known.status() : 400;
    String message =
        node.has("Message")
            ? node.member("Message").text()
            : known != null ? known.message() : code;
    return new Effect.Error(status, code, message);
  }

  private static Effect.Delay delay(Node node) {
    List<String> present =
        Arrays.stream(new String[] {"Fixed", "Uniform", "LogNormal"}).filter(node::has).toList();
    if (present.size() != 1) {
      throw node.error("expected exactly one of Fixed, Uniform, LogNormal, got " + present);
    }
    Node body = node.member(present.get(0));
    switch (present.get(0)) {
      case "Fixed":
        return new Effect.Delay.Fixed(body.duration());
      case "Uniform":
        body.object("Lower", "Upper");
        return new Effect.Delay.Uniform(
            body.member("Lower").duration(), body.member("Upper").duration());
      default:
        body.object("Median", "Sigma");
        return new Effect.Delay.LogNormal(
            body.member("Median").duration(), body.member("Sigma").number(0.0, 10.0));
    }
  }
}
