/**
 * SCIM filters (RFC 7644 §3.4.2.2) and attribute paths (§3.10, PATCH paths §3.5.2): parsing,
 * printing, validation against a {@link com.skovik.scim.scim.schema.ResourceSchema} and
 * evaluation over resource JSON. Pure: no Vert.x, no I/O.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link com.skovik.scim.scim.filter.FilterParser#parse(String)} → {@link
 *       com.skovik.scim.scim.filter.Filter}; {@link com.skovik.scim.scim.filter.FilterPrinter}
 *       prints it back.
 *   <li>{@link com.skovik.scim.scim.filter.PatchPath#parse(String)} and {@link
 *       com.skovik.scim.scim.filter.AttributePath#parse(String)}.
 *   <li>{@link com.skovik.scim.scim.filter.FilterValidator} once per request, then {@link
 *       com.skovik.scim.scim.filter.FilterEvaluator} per resource (it validates as well).
 * </ul>
 *
 * <h2>Choices beyond the RFC</h2>
 * <ul>
 *   <li>Tolerance: keywords, operators, {@code true}/{@code false}/{@code null} and attribute
 *       names in any case; spaces, tabs and line breaks between tokens; {@code not(} without a
 *       space; an unquoted bare word as a string value ({@code externalId eq jyoung}, Entra ID's
 *       legacy form) unless it reads as {@code true}, {@code false}, {@code null} or a JSON
 *       number; {@code emails[type eq "work"].value eq "x"} (Entra), which means
 *       {@code emails[type eq "work" and value eq "x"]}.
 *   <li>Limits: 10,000 characters, 50 levels of nesting, number literals of 100 characters. The
 *       parser never backtracks and reads each character a bounded number of times.
 *   <li>Errors: always {@code ScimException} {@code 400 invalidFilter} (PATCH paths:
 *       {@code invalidPath}, or {@code invalidFilter} inside the brackets), with the 1-based
 *       character position and what was expected.
 *   <li>Absent attributes (absent, null, "", [] or {}) fail every comparison, {@code ne}
 *       included; {@code not (…)} simply negates. So {@code title ne "x"} skips users without a
 *       title while {@code not (title eq "x")} includes them. {@code ne} is "has a value and none
 *       equals"; {@code eq null} is "not present".
 *   <li>Literal types: strings compare with any literal by its text (unquoted numbers from
 *       Entra); decimals accept numbers or numeric strings; booleans {@code true}/{@code false} or
 *       their strings, with {@code eq}/{@code ne} only; dateTimes a parseable date-time for
 *       {@code eq ne gt ge lt le} (no offset means UTC) and any text for {@code co sw ew}.
 *   <li>{@code meta} and {@code schemas} (RFC 7643 §3.1) resolve like core attributes.
 * </ul>
 */
package com.skovik.scim.scim.filter;
