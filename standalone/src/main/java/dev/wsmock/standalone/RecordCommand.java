package dev.wsmock.standalone;

import dev.wsmock.scenarios.cassettes.RecordingProxy;
import dev.wsmock.standalone.internal.AwsSigning;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * A recording proxy: forwards every request to {@code --proxy-to} and appends each WorkSpaces exchange to the
 * {@code --record-to} cassette, until stopped (Ctrl-C or SIGTERM).
 *
 * <pre>{@code
 * java -jar wsmock-standalone.jar record --proxy-to http://127.0.0.1:4566 --record-to traffic.jsonl --port 4567
 * aws --endpoint-url http://127.0.0.1:4567 workspaces describe-workspace-images
 * }</pre>
 *
 * <p>Against real AWS ({@code --proxy-to https://workspaces.REGION.amazonaws.com}) the proxy re-signs each request
 * with the credentials of the default chain or {@code --profile}: AWS serves only requests signed for its own host.
 */
@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    header = "Records the traffic between a client and an endpoint into a cassette.",
    description = {
      "Prints 'wsmock recording on http://HOST:PORT -> URL' once ready. The cassette holds operation, account, "
          + "region, request body, status, error code and response body per exchange; never headers, keys or "
          + "signatures.",
      "With --sign-with default (the default when --proxy-to is not a loopback address) each request is re-signed "
          + "for --proxy-to with the AWS credentials of the default chain (environment, ~/.aws files, container or "
          + "instance role) or of --profile: the client's own signature is not checked, only its region read, so "
          + "anyone who reaches the proxy calls AWS as you. With --sign-with none (the default towards loopback, a "
          + "wsmock server) requests go on as the client signed them, Host included."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped cleanly",
      "1:the proxy could not start",
      "2:bad command line, or no AWS credentials to sign with"
    })
public final class RecordCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--record-to",
      required = true,
      paramLabel = "FILE",
      description = "The cassette to append to (created if absent).")
  private Path recordTo;

  @Option(
      names = "--proxy-to",
      required = true,
      paramLabel = "URL",
      description =
          "Where requests go, e.g. http://127.0.0.1:4566 or https://workspaces.us-east-1.amazonaws.com.")
  private URI proxyTo;

  @Option(
      names = "--port",
      defaultValue = "0",
      description = "Port to listen on; 0 (default) picks a free one.")
  private int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default 127.0.0.1).")
  private String bind;

  @Option(
      names = "--account",
      paramLabel = "ACCOUNT_ID",
      description =
          "The caller's account, when access keys are not 12-digit account ids (real AWS).")
  private String account;

  @Option(
      names = "--map-account",
      paramLabel = "REAL=PLACEHOLDER",
      description = "Write PLACEHOLDER wherever the account id REAL occurs (repeatable).")
  private Map<String, String> accountPlaceholders = new LinkedHashMap<>();

  @Option(
      names = "--sign-with",
      paramLabel = "default|none",
      description =
          "default: re-sign each request for --proxy-to with the AWS credentials of the default chain (or --profile);"
              + " none: forward the client's signature. Default: default when --proxy-to is not loopback, else none.")
  private String signWith;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description =
          "Sign with this profile of the AWS config and credentials files (implies --sign-with default).")
  private String profile;

  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Function<String, AwsCredentialsProvider> credentialSource;

  public RecordCommand() {
    this(AwsSigning::credentialsOf);
  }

  /** Tests give credentials without the machine's environment or files; the argument is --profile, or null. */
  RecordCommand(Function<String, AwsCredentialsProvider> credentialSource) {
    this.credentialSource = credentialSource;
  }

  @Override
  public Integer call() throws InterruptedException {
    RecordingProxy.Builder builder =
        RecordingProxy.builder(proxyTo, recordTo).port(port).bindAddress(bind);
    accountPlaceholders.forEach(builder::accountPlaceholder);
    if (account != null) {
      builder.accountId(account);
    }
    AwsCredentialsProvider signing =
        AwsSigning.choose(spec, proxyTo, signWith, profile, credentialSource);
    if (signing != null) {
      builder.signWith(signing);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (RecordingProxy proxy = builder.start()) {
      Thread hook = new Thread(stopped::countDown, "wsmock-record-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      out.println("wsmock recording on http://" + bind + ":" + proxy.port() + " -> " + proxyTo);
      out.flush();
      try {
        stopped.await();
      } finally {
        removeQuietly(hook);
      }
    } catch (RuntimeException e) {
      spec.commandLine()
          .getErr()
          .println("wsmock record: the proxy could not start: " + e.getMessage());
      return 1;
    } finally {
      AwsSigning.close(signing);
    }
    return 0;
  }

  private static void removeQuietly(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already stopping; the hook is running or ran.
    }
  }

  /** Stops a running {@link #call()} (what Ctrl-C does; tests use it in-process). */
  void stop() {
    stopped.countDown();
  }
}
