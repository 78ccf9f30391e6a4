package dev.wsmock.standalone.internal;

import java.net.URI;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The {@code --sign-with default|none} and {@code --profile} rule that {@code record} and {@code verify --against}
 * share: sign with the user's credentials towards any target that is not a loopback literal (AWS serves only
 * requests signed for its own host), and not towards loopback (a wsmock server reads the account from the key).
 */
public final class AwsSigning {
  private AwsSigning() {}

  /** The default chain, or the profile's credentials when {@code profile} is given. */
  public static AwsCredentialsProvider credentialsOf(String profile) {
    return profile == null
        ? DefaultCredentialsProvider.builder().build()
        : ProfileCredentialsProvider.create(profile);
  }

  /** Whether to sign: as asked, else for any target that is not this machine (a wsmock server). */
  public static boolean signs(CommandSpec spec, URI target, String signWith, String profile) {
    if (signWith == null) {
      return profile != null || !isLoopback(target);
    }
    switch (signWith) {
      case "default":
        return true;
      case "none":
        if (profile != null) {
          throw new ParameterException(
              spec.commandLine(), "--profile signs requests: it cannot go with --sign-with none");
        }
        return false;
      default:
        throw new ParameterException(
            spec.commandLine(),
            "Invalid value for option '--sign-with': '"
                + signWith
                + "' (expected default or none)");
    }
  }

  public static boolean isLoopback(URI target) {
    String host = target.getHost();
    if (host == null) {
      return false;
    }
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    // Only literal addresses: resolving a name here would ask DNS before the user asked for
    // anything.
    return bare.matches("127(\\.\\d{1,3}){3}") || bare.equals("::1");
  }

  /**
   * The credentials to sign with, or null when the rule says not to sign. Resolved once now, so an empty chain is a
   * usage error before anything happens rather than a failed call later; the caller resolves them per request, as
   * they may rotate, and {@link #close}s them.
   */
  public static AwsCredentialsProvider choose(
      CommandSpec spec,
      URI target,
      String signWith,
      String profile,
      Function<String, AwsCredentialsProvider> source) {
    if (!signs(spec, target, signWith, profile)) {
      return null;
    }
    AwsCredentialsProvider credentials = source.apply(profile);
    try {
      credentials.resolveCredentials();
    } catch (RuntimeException e) {
      close(credentials);
      throw new ParameterException(
          spec.commandLine(),
          "no AWS credentials to sign requests for "
              + target
              + (profile == null ? "" : " (profile " + profile + ")")
              + ": "
              + e.getMessage()
              + " Give credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, ~/.aws/credentials, --profile),"
              + " or --sign-with none not to sign them.");
    }
    return credentials;
  }

  /** The default chain may hold a refreshing instance-role client: closed when the command is done. */
  public static void close(AwsCredentialsProvider credentials) {
    if (credentials instanceof SdkAutoCloseable closeable) {
      closeable.close();
    }
  }
}
