package com.skovik.scim.emulator;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Random base62 ids with a prefix ({@code emp_…}); an id is never handed out twice, deleted
 * or not. Ids only need to be unique and opaque, so they use a fast generator; secrets
 * (service keys) use {@link #secretBase62}.
 */
final class OpaqueIds {

  private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final SecureRandom SECURE_RANDOM = new SecureRandom();

  private final Set<String> used = new HashSet<>();

  /** Unpredictable base62 text, for secrets. */
  static String secretBase62(int length) {
    return base62(length, SECURE_RANDOM);
  }

  /** Random base62 text that only needs to be unlikely to repeat. */
  static String randomBase62(int length) {
    return base62(length, ThreadLocalRandom.current());
  }

  private static String base62(int length, RandomGenerator random) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(BASE62.charAt(random.nextInt(BASE62.length())));
    }
    return text.toString();
  }

  synchronized String next(String prefix) {
    String id;
    do {
      id = prefix + randomBase62(12);
    } while (!used.add(id));
    return id;
  }

  /** Records an id chosen by a test so that it is never generated; false when it was already used. */
  synchronized boolean claim(String id) {
    return used.add(id);
  }
}
