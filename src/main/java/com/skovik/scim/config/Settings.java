package com.skovik.scim.config;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;

/**
 * Typed reads of the merged configuration ({@code conf/config.json} overridden by the
 * environment). Environment values arrive as strings, file values as JSON numbers; both are
 * accepted. Every failure names the variable.
 */
final class Settings {

  private final JsonObject values;

  Settings(JsonObject values) {
    this.values = values;
  }

  String requiredText(String name) {
    return optionalText(name).orElseThrow(() -> new ConfigException(name, "is required but not set"));
  }

  Optional<String> optionalText(String name) {
    Object raw = values.getValue(name);
    if (raw == null) {
      return Optional.empty();
    }
    String text = String.valueOf(raw).trim();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  long number(String name, long min, long max) {
    String text = requiredText(name);
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new ConfigException(name, "must be a whole number, got \"" + text + "\"");
    }
    if (value < min || value > max) {
      throw new ConfigException(name, "must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  int port(String name) {
    return (int) number(name, 0, 65_535);
  }

  Duration seconds(String name, long min, long max) {
    return Duration.ofSeconds(number(name, min, max));
  }

  Duration millis(String name, long min, long max) {
    return Duration.ofMillis(number(name, min, max));
  }

  Optional<URI> optionalHttpUrl(String name) {
    return optionalText(name).map(text -> httpUrl(name, text));
  }

  private static URI httpUrl(String name, String text) {
    URI uri;
    try {
      uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    } catch (URISyntaxException e) {
      throw new ConfigException(name, "must be an absolute http(s) URL, got \"" + text + "\"");
    }
    boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
    if (!http || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
      throw new ConfigException(name, "must be an absolute http(s) URL without query or fragment, "
          + "got \"" + text + "\"");
    }
    return uri;
  }
}
