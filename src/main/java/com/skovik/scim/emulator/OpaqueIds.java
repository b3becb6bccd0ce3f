package com.skovik.scim.emulator;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

/** Random base62 ids with a prefix ({@code emp_…}); an id is never handed out twice, deleted or not. */
final class OpaqueIds {

  private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Set<String> used = new HashSet<>();

  static String randomBase62(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
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
