package com.skovik.scim.support;

import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing keys and hand-made JSON Web Tokens for tests, including the malicious ones a
 * verifier must refuse ({@code alg: none}, HS256 keyed with the public key).
 */
public final class TestKeys {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final String keyId;
  private final String algorithm;
  private final KeyPair pair;

  private TestKeys(String keyId, String algorithm, KeyPair pair) {
    this.keyId = keyId;
    this.algorithm = algorithm;
    this.pair = pair;
  }

  public static TestKeys ec(String keyId) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return new TestKeys(keyId, "ES256", generator.generateKeyPair());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static TestKeys rsa(String keyId) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return new TestKeys(keyId, "RS256", generator.generateKeyPair());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public String keyId() {
    return keyId;
  }

  /** The public JWK, as Skovik publishes it. */
  public JsonObject publicJwk() {
    if (pair.getPublic() instanceof ECPublicKey ec) {
      return new JsonObject().put("kty", "EC").put("crv", "P-256").put("kid", keyId)
          .put("alg", "ES256").put("use", "sig")
          .put("x", B64.encodeToString(unsigned(ec.getW().getAffineX(), 32)))
          .put("y", B64.encodeToString(unsigned(ec.getW().getAffineY(), 32)));
    }
    RSAPublicKey rsa = (RSAPublicKey) pair.getPublic();
    return new JsonObject().put("kty", "RSA").put("kid", keyId).put("alg", "RS256").put("use", "sig")
        .put("n", B64.encodeToString(unsigned(rsa.getModulus(), 0)))
        .put("e", B64.encodeToString(unsigned(rsa.getPublicExponent(), 0)));
  }

  /** A token signed properly with this key. */
  public String sign(Map<String, Object> claims) {
    return sign(new JsonObject().put("alg", algorithm).put("typ", "JWT").put("kid", keyId), claims);
  }

  public String sign(JsonObject header, Map<String, Object> claims) {
    String signingInput = encode(header.encode()) + "." + encode(new JsonObject(claims).encode());
    try {
      byte[] signature;
      if (algorithm.equals("ES256")) {
        Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
        ecdsa.initSign(pair.getPrivate());
        ecdsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        signature = ecdsa.sign();
      } else {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(pair.getPrivate());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        signature = rsa.sign();
      }
      return signingInput + "." + B64.encodeToString(signature);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The classic key-confusion attack: HS256 with the public key's bytes as the secret. */
  public String signHs256WithPublicKey(Map<String, Object> claims) {
    JsonObject header = new JsonObject().put("alg", "HS256").put("typ", "JWT").put("kid", keyId);
    String signingInput = encode(header.encode()) + "." + encode(new JsonObject(claims).encode());
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(publicJwk().encode().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return signingInput + "." + B64.encodeToString(
          mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code alg: none}, no signature. */
  public static String unsigned(Map<String, Object> claims) {
    JsonObject header = new JsonObject().put("alg", "none").put("typ", "JWT");
    return encode(header.encode()) + "." + encode(new JsonObject(claims).encode()) + ".";
  }

  private static String encode(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] unsigned(BigInteger value, int length) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    if (length > bytes.length) {
      byte[] padded = new byte[length];
      System.arraycopy(bytes, 0, padded, length - bytes.length, bytes.length);
      return padded;
    }
    return bytes;
  }
}
