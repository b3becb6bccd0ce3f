package com.skovik.scim.scim.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.scim.ScimException;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser reads each character a bounded number of times, whatever the input: it runs over a
 * text that counts every character it hands out, and the count must stay under a fixed multiple
 * of the length. That is linear time asserted without a clock, so it cannot flake.
 */
class FilterParserLinearityTest {

  /** Reads per input character; the parser needs at most 4.4 (groups nested 50 deep). */
  private static final int READS_PER_CHARACTER = 8;

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void ten_thousand_characters_of_any_shape_are_read_a_bounded_number_of_times(
      String shape, String text) {
    CountingText counted = new CountingText(text);
    try {
      FilterParser.parse(counted);
    } catch (ScimException e) {
      assertThat(e.scimType()).contains("invalidFilter");
    }
    assertThat(counted.reads()).isLessThanOrEqualTo(READS_PER_CHARACTER * (long) text.length() + 64);
  }

  static Stream<Arguments> ten_thousand_characters_of_any_shape_are_read_a_bounded_number_of_times() {
    int n = FilterParser.MAX_LENGTH;
    return Stream.of(
        Arguments.of("and chain", fit("a pr and ", n - 4) + "a pr"),
        Arguments.of("or chain of nots", fit("not (a pr) or ", n - 10) + "not (a pr)"),
        Arguments.of("groups nested 50 deep, chained",
            fit("(".repeat(49) + "a pr" + ")".repeat(49) + " and ", n - 4) + "a pr"),
        Arguments.of("value filters chained",
            fit("emails[type eq \"w\" and value pr] or ", n - 10) + "emails pr"),
        Arguments.of("unclosed parentheses", "(".repeat(n)),
        Arguments.of("unclosed nots", fit("not (", n)),
        Arguments.of("closing parentheses", "a pr" + ")".repeat(n - 4)),
        Arguments.of("one long name", "a".repeat(n)),
        Arguments.of("one long name then pr", "a".repeat(n - 3) + " pr"),
        Arguments.of("name made of dots", "a" + ".".repeat(n - 1)),
        Arguments.of("urn made of colons", "urn" + ":".repeat(n - 3)),
        Arguments.of("long string literal", "a eq \"" + "x".repeat(n - 7) + "\""),
        Arguments.of("unclosed string of escapes", "a eq \"" + "\\\"".repeat((n - 6) / 2)),
        Arguments.of("long unquoted value", "a eq " + "x".repeat(n - 5)),
        Arguments.of("long number", "a eq " + "1".repeat(n - 5)),
        Arguments.of("whitespace", " ".repeat(n)),
        Arguments.of("keyword lookalikes", fit("a pr andand ", n)),
        Arguments.of("brackets", "emails" + "[".repeat(n - 6)));
  }

  @Property(tries = 2000)
  void any_token_text_is_read_a_bounded_number_of_times(@ForAll("filterLikeText") String text) {
    CountingText counted = new CountingText(text);
    try {
      FilterParser.parse(counted);
    } catch (ScimException e) {
      assertThat(e.scimType()).contains("invalidFilter");
    }
    assertThat(counted.reads()).isLessThanOrEqualTo(READS_PER_CHARACTER * (long) text.length() + 64);
  }

  @Provide
  Arbitrary<String> filterLikeText() {
    return FilterArbitraries.filterLikeText().list().ofMaxSize(40).map(parts -> String.join("", parts));
  }

  private static String fit(String unit, int length) {
    return unit.repeat(Math.max(0, length / unit.length()));
  }

  /** A text that counts the characters read from it, copies included. */
  static final class CountingText implements CharSequence {
    private final String text;
    private long reads;

    CountingText(String text) {
      this.text = text;
    }

    long reads() {
      return reads;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      reads += end - start;
      return text.substring(start, end);
    }

    @Override
    public String toString() {
      reads += text.length();
      return text;
    }
  }
}
