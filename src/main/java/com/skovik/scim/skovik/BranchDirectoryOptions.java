package com.skovik.scim.skovik;

import java.time.Duration;
import java.util.Objects;

/**
 * @param ttl how long a found branch is remembered
 * @param negativeTtl how long "no such branch" is remembered; at most {@code ttl}
 * @param maximumSize entries kept, by id and by external identifier together
 */
public record BranchDirectoryOptions(Duration ttl, Duration negativeTtl, long maximumSize) {

  public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
  public static final Duration DEFAULT_NEGATIVE_TTL = Duration.ofSeconds(30);
  public static final long DEFAULT_MAXIMUM_SIZE = 50_000;

  public BranchDirectoryOptions {
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(negativeTtl, "negativeTtl");
    if (ttl.isNegative() || ttl.isZero() || negativeTtl.isNegative() || negativeTtl.isZero()) {
      throw new IllegalArgumentException("ttl and negativeTtl must be positive");
    }
    if (negativeTtl.compareTo(ttl) > 0) {
      throw new IllegalArgumentException("negativeTtl cannot exceed ttl");
    }
    if (maximumSize < 1) {
      throw new IllegalArgumentException("maximumSize must be at least 1");
    }
  }

  /** 5 minutes, 30 seconds, 50,000 entries. */
  public static BranchDirectoryOptions defaults() {
    return new BranchDirectoryOptions(DEFAULT_TTL, DEFAULT_NEGATIVE_TTL, DEFAULT_MAXIMUM_SIZE);
  }
}
