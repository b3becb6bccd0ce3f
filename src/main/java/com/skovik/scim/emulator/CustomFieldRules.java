package com.skovik.scim.emulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Whether a JSON value fits a custom field definition; pure functions. */
final class CustomFieldRules {

  static final int MAX_TEXT_LENGTH = 1000;
  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private CustomFieldRules() {}

  static boolean accepts(CustomField field, Object value) {
    return switch (field.type()) {
      case TEXT -> value instanceof String text && text.codePointCount(0, text.length()) <= MAX_TEXT_LENGTH;
      case NUMBER -> value instanceof Number;
      case BOOLEAN -> value instanceof Boolean;
      case DATE -> value instanceof String text && isCalendarDate(text);
      case SELECT -> value instanceof String text && field.options().contains(text);
    };
  }

  /**
   * One representation per JSON number, so that sending {@code 5}, {@code 5.0} or a long
   * 5 back is not a change: integral values become {@link Long}, others {@link Double}.
   */
  static Object normalized(Object value) {
    if (!(value instanceof Number number)) {
      return value;
    }
    BigDecimal decimal = new BigDecimal(number.toString());
    if (decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0) {
      try {
        return decimal.longValueExact();
      } catch (ArithmeticException tooLarge) {
        return decimal.doubleValue();
      }
    }
    return decimal.doubleValue();
  }

  private static boolean isCalendarDate(String text) {
    if (!DATE_SHAPE.matcher(text).matches()) {
      return false;
    }
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException notADate) {
      return false;
    }
  }
}
