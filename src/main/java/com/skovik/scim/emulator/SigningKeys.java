package com.skovik.scim.emulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The product's token signing keys: the newest signs, all stay published in the JWK Set.
 * Signs with plain {@code java.security} and encodes compact JWS itself, so that the
 * claims are exactly the ones asked for (no added {@code iat}/{@code exp}); tokens verify
 * with vertx-auth-jwt against {@link #jwks()}.
 */
final class SigningKeys {

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private record SigningKey(String kid, SigningAlgorithm algorithm, KeyPair keyPair) {

    JsonObject publicJwk() {
      JsonObject jwk = new JsonObject().put("kid", kid).put("use", "sig").put("alg", algorithm.name());
      if (keyPair.getPublic() instanceof ECPublicKey ec) {
        return jwk.put("kty", "EC").put("crv", "P-256")
            .put("x", base64url(unsigned(ec.getW().getAffineX(), 32)))
            .put("y", base64url(unsigned(ec.getW().getAffineY(), 32)));
      }
      RSAPublicKey rsa = (RSAPublicKey) keyPair.getPublic();
      return jwk.put("kty", "RSA")
          .put("n", base64url(unsigned(rsa.getModulus(), 0)))
          .put("e", base64url(unsigned(rsa.getPublicExponent(), 0)));
    }

    byte[] sign(byte[] signingInput) throws GeneralSecurityException {
      Signature signature = Signature.getInstance(
          algorithm == SigningAlgorithm.ES256 ? "SHA256withECDSAinP1363Format" : "SHA256withRSA");
      signature.initSign(keyPair.getPrivate());
      signature.update(signingInput);
      return signature.sign();
    }
  }

  private final List<SigningKey> keys = new ArrayList<>();

  /** Generates a key of the algorithm, publishes it and makes it the signing key; returns its kid. */
  synchronized String rotate(SigningAlgorithm algorithm) {
    SigningKey key = new SigningKey("key_" + OpaqueIds.randomBase62(10), algorithm, generate(algorithm));
    keys.add(key);
    return key.kid();
  }

  /** The JWK Set of every key, public parts only. */
  synchronized JsonObject jwks() {
    JsonArray published = new JsonArray();
    keys.forEach(key -> published.add(key.publicJwk()));
    return new JsonObject().put("keys", published);
  }

  synchronized String currentKid() {
    return current().kid();
  }

  /** A compact JWS of the claims, signed with the current key, its kid in the header. */
  synchronized String sign(Map<String, Object> claims) {
    SigningKey key = current();
    JsonObject header = new JsonObject().put("alg", key.algorithm().name()).put("typ", "JWT").put("kid", key.kid());
    String signingInput = base64url(header.encode()) + "." + base64url(new JsonObject(claims).encode());
    try {
      return signingInput + "." + base64url(key.sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with " + key.algorithm(), e);
    }
  }

  private SigningKey current() {
    if (keys.isEmpty()) {
      throw new IllegalStateException("no signing key yet");
    }
    return keys.get(keys.size() - 1);
  }

  private static KeyPair generate(SigningAlgorithm algorithm) {
    try {
      if (algorithm == SigningAlgorithm.ES256) {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
      }
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate a " + algorithm + " key", e);
    }
  }

  /** Big-endian unsigned bytes, left-padded to {@code length} (0: minimal length). */
  private static byte[] unsigned(BigInteger value, int length) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    if (bytes.length >= length) {
      return bytes;
    }
    byte[] padded = new byte[length];
    System.arraycopy(bytes, 0, padded, length - bytes.length, bytes.length);
    return padded;
  }

  private static String base64url(byte[] bytes) {
    return BASE64URL.encodeToString(bytes);
  }

  private static String base64url(String text) {
    return base64url(text.getBytes(StandardCharsets.UTF_8));
  }
}
