package com.skovik.scim.config;

/** A setting that is missing or malformed; the message names the variable and what is wrong. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String variable, String problem) {
    super(variable + " " + problem, null, false, false);
  }
}
