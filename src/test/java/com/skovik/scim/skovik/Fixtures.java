package com.skovik.scim.skovik;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the contract's example documents from {@code src/test/resources/skovik/}. */
final class Fixtures {

  private Fixtures() {}

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/skovik/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T decode(String name, Class<T> type) {
    try {
      return SkovikJson.mapper().readValue(read(name), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
