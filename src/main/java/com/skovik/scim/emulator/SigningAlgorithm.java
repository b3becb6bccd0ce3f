package com.skovik.scim.emulator;

/** The JWS algorithms the product signs SCIM tokens with. */
public enum SigningAlgorithm {
  /** ECDSA over P-256 with SHA-256; the default. */
  ES256,
  /** RSASSA-PKCS1-v1_5 with SHA-256 over a 2048-bit key; generating one takes a noticeable moment. */
  RS256
}
