package com.skovik.scim.skovik;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The Jackson mapper of the Skovik API: unknown members are ignored (the API may grow),
 * instants are RFC 3339 strings. Independent of the SCIM mapper and of Vert.x's global codec.
 * Public so that the emulator and tests write exactly what the client reads.
 */
public final class SkovikJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .addModule(new SimpleModule("skovik-instants")
          .addSerializer(Instant.class, new InstantSerializer())
          .addDeserializer(Instant.class, new InstantDeserializer()))
      .build();

  private SkovikJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static final class InstantSerializer extends StdScalarSerializer<Instant> {
    InstantSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
    }
  }

  private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
    InstantDeserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return (Instant) context.handleUnexpectedToken(Instant.class, parser);
      }
      String text = parser.getText();
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      } catch (DateTimeException e) {
        return (Instant) context.handleWeirdStringValue(Instant.class, text,
            "not an RFC 3339 date-time");
      }
    }
  }
}
