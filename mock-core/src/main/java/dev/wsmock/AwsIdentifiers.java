package dev.wsmock;

import dev.wsmock.internal.model.RegionNames;
import java.util.regex.Pattern;

/**
 * AWS's identifier syntax as the mock checks it, written once for every module: the JUnit options, the scenario and
 * cassette readers and the standalone server ask here, so they accept exactly what the mock accepts.
 */
public final class AwsIdentifiers {
  /** An AWS account id: exactly 12 ASCII digits, as IAM writes it ({@code 111111111111}). */
  private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");

  private AwsIdentifiers() {}

  /** Whether {@code text} is an AWS account id: exactly 12 ASCII digits. */
  public static boolean isAccountId(String text) {
    return text != null && ACCOUNT_ID.matcher(text).matches();
  }

  /**
   * Whether {@code text} is a region name of AWS's partitions ({@code us-east-1}, {@code cn-north-1},
   * {@code us-gov-west-1}, ...), the names a mock accepts without {@link WorkSpacesMock.Builder#extraRegions}.
   */
  public static boolean isRegionName(String text) {
    return RegionNames.standard().accepts(text);
  }
}
