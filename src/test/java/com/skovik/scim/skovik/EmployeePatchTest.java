package com.skovik.scim.skovik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class EmployeePatchTest {

  @Test
  void a_patch_holds_only_the_members_that_were_set() throws Exception {
    EmployeePatch patch = EmployeePatch.builder().lastName("Byron").branchId("br_2").build();

    assertThat(SkovikJson.mapper().writeValueAsString(patch))
        .isEqualTo("{\"last_name\":\"Byron\",\"branch_id\":\"br_2\"}");
    assertThat(patch.has("last_name")).isTrue();
    assertThat(patch.has("superior_id")).isFalse();
  }

  @Test
  void null_clears_the_superior_the_external_id_and_a_custom_field() throws Exception {
    EmployeePatch patch = EmployeePatch.builder()
        .superiorId(null).externalId(null)
        .customField("cf_a", null).customField("cf_b", NullNode.getInstance())
        .build();

    assertThat(SkovikJson.mapper().writeValueAsString(patch)).isEqualTo(
        "{\"superior_id\":null,\"external_id\":null,\"custom_fields\":{\"cf_a\":null,\"cf_b\":null}}");
  }

  @Test
  void an_empty_patch_is_empty_and_sends_an_empty_object() throws Exception {
    EmployeePatch patch = EmployeePatch.builder().build();

    assertThat(patch.isEmpty()).isTrue();
    assertThat(SkovikJson.mapper().writeValueAsString(patch)).isEqualTo("{}");
    assertThat(EmployeePatch.builder().superiorId(null).build().isEmpty()).isFalse();
  }

  @Test
  void required_members_cannot_be_cleared() {
    assertThatThrownBy(() -> EmployeePatch.builder().email(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EmployeePatch.builder().firstName(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EmployeePatch.builder().lastName(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EmployeePatch.builder().branchId(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void the_document_cannot_be_changed_from_outside() {
    EmployeePatch patch = EmployeePatch.builder().email("a@b.c").build();

    patch.toJson().put("email", "evil@b.c");

    assertThat(patch.toJson().get("email").asText()).isEqualTo("a@b.c");
  }

  @Test
  void to_string_names_members_but_never_their_values() {
    EmployeePatch patch = EmployeePatch.builder()
        .email("ada@example.com").customField("cf_cost_center", TextNode.valueOf("4410")).build();

    assertThat(patch.toString())
        .isEqualTo("EmployeePatch[email, custom_fields.cf_cost_center]")
        .doesNotContain("ada@example.com", "4410");
  }

  @Test
  void patches_with_the_same_members_are_equal() {
    assertThat(EmployeePatch.builder().email("a@b.c").superiorId(null).build())
        .isEqualTo(EmployeePatch.builder().email("a@b.c").superiorId(null).build())
        .isNotEqualTo(EmployeePatch.builder().email("a@b.c").build());
  }
}
