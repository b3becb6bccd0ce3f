/**
 * An in-memory emulator of the Skovik internal API ({@code /internal/v1}), for the
 * gateway's demo mode and end-to-end tests. Start it with
 * {@link com.skovik.scim.emulator.SkovikEmulator#start}, seed it through
 * {@link com.skovik.scim.emulator.EmulatorStore} or {@link com.skovik.scim.emulator.DemoSeed},
 * mint SCIM tokens with {@link com.skovik.scim.emulator.SkovikEmulator#mintToken}.
 *
 * <p>Where the contract leaves room, the emulator is strict, so that gateway bugs show in tests:
 * <ul>
 *   <li>Unknown members of a create or PATCH body answer 422 ({@code unknown_field});
 *       {@code id}, {@code status}, {@code version}, {@code created_at}, {@code updated_at}
 *       answer 422 {@code read_only}. A member of the wrong JSON type answers {@code invalid_type};
 *       a custom field id the company does not define answers {@code unknown_custom_field}.</li>
 *   <li>Unknown, repeated or empty query parameters answer 400 on every list endpoint.</li>
 *   <li>A malformed {@code If-Match} (not {@code "<digits>"} or {@code *}) answers 400; an
 *       {@code Idempotency-Key} that is empty or longer than 255 characters answers 400.</li>
 * </ul>
 * and where the contract is silent it chooses:
 * <ul>
 *   <li>PATCH checks run in the order 404, 409 {@code employee_archived}, 412, 422, 409
 *       {@code email_taken}. Email format, branch, superior and custom field values are
 *       checked only where the value changes, so resending current values always works.</li>
 *   <li>{@code "custom_fields": null} in a PATCH clears every custom field (RFC 7396);
 *       in a create it means none. Clearing an unset or unknown custom field is no change.</li>
 *   <li>Numbers in custom fields are kept as one representation: {@code 40.0} is stored and
 *       served as {@code 40}.</li>
 *   <li>Sorting on email and names ignores case; ties are broken by ascending id in both
 *       directions.</li>
 *   <li>The idempotency ledger replays 2xx answers and 409/422 refusals; 404, 429 and 5xx
 *       answers are not remembered, so a retry really retries. Keys are scoped per company.</li>
 *   <li>DELETE leaves subordinates' {@code superior_id} pointing at the deleted employee.</li>
 *   <li>The service key is required on every endpoint, {@code /scim/jwks} included. The rate
 *       limit counts authenticated calls per company in fixed one-second windows and answers
 *       {@code Retry-After: 1}.</li>
 * </ul>
 */
package com.skovik.scim.emulator;
