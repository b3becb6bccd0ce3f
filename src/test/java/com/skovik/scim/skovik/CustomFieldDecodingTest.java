package com.skovik.scim.skovik;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomFieldDecodingTest {

  @Test
  void a_custom_field_type_this_gateway_does_not_know_is_read_as_unsupported() throws Exception {
    CustomField field = SkovikJson.mapper().readValue(
        "{\"id\":\"cf_rating\",\"name\":\"Rating\",\"type\":\"stars\"}", CustomField.class);

    assertThat(field.type()).isEqualTo(CustomField.Type.UNSUPPORTED);
  }

  @Test
  void known_custom_field_types_are_read_by_their_wire_names() throws Exception {
    CustomField field = SkovikJson.mapper().readValue(
        "{\"id\":\"cf_level\",\"name\":\"Level\",\"type\":\"select\",\"options\":[\"junior\"]}",
        CustomField.class);

    assertThat(field.type()).isEqualTo(CustomField.Type.SELECT);
    assertThat(field.options()).containsExactly("junior");
  }
}
