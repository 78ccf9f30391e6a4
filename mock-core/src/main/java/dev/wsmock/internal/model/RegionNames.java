package dev.wsmock.internal.model;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The region names a mock accepts, in a credential scope and in a seed: names of the syntax of AWS's partitions
 * (botocore's {@code partitions.json} region patterns: {@code us-east-1}, {@code eu-central-2}, {@code cn-north-1},
 * {@code us-gov-west-1}, {@code us-isob-east-1}, ...), plus the names a test declares for regions AWS does not have
 * ({@code WorkSpacesMock.Builder.extraRegions}). A name like {@code -} or {@code zz-fake-9} is refused, so no image
 * can live in a region no SDK would ever sign for.
 */
public final class RegionNames {
  /** The partitions' prefixes ({@code aws}, {@code aws-cn}, {@code aws-us-gov}, the ISO and EUSC partitions). */
  private static final Pattern PARTITION_SYNTAX =
      Pattern.compile(
          "(?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|us-iso|us-isob|us-isof|eu-isoe|eusc-de)"
              + "-[a-z0-9]+-[0-9]+");

  /** What the service model's {@code Region} shape allows; a declared name must fit it to appear in answers. */
  private static final Pattern MODEL_SYNTAX = Pattern.compile("[-0-9a-z]{1,31}");

  private static final int MAX_LENGTH = 31;
  private static final RegionNames STANDARD = new RegionNames(Set.of());

  private final Set<String> declared;

  private RegionNames(Set<String> declared) {
    this.declared = declared;
  }

  /** AWS's region names only. */
  public static RegionNames standard() {
    return STANDARD;
  }

  /** AWS's region names and {@code extra}; each extra name must fit the service model's region syntax. */
  public static RegionNames withExtra(Collection<String> extra) {
    SortedSet<String> names = new TreeSet<>();
    for (String name : extra) {
      if (name == null || !MODEL_SYNTAX.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "an extra region name is 1 to 31 of [-0-9a-z], not "
                + (name == null ? "null" : "'" + name + "'"));
      }
      names.add(name);
    }
    return names.isEmpty() ? STANDARD : new RegionNames(Collections.unmodifiableSortedSet(names));
  }

  /** Whether {@code region} is an AWS region name or a declared one. */
  public boolean accepts(String region) {
    return region != null
        && (declared.contains(region)
            || (region.length() <= MAX_LENGTH && PARTITION_SYNTAX.matcher(region).matches()));
  }

  /** Whether a test declared {@code region}. */
  public boolean isDeclared(String region) {
    return declared.contains(region);
  }

  /** What {@link #accepts} wants, for error messages. */
  public String describe() {
    return "an AWS region name such as us-east-1"
        + (declared.isEmpty() ? "" : " or one of the declared regions " + declared);
  }
}
