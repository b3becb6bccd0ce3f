/**
 * The Skovik internal API as the gateway sees it: typed records for its objects, the
 * {@link com.skovik.scim.skovik.SkovikClient} interface with its Vert.x implementation
 * (timeouts, retries within a budget, typed errors), and the cached
 * {@link com.skovik.scim.skovik.BranchDirectory}.
 *
 * <p>Wire names are snake_case and are declared on every record component, so any Jackson
 * mapper that knows {@code java.time.Instant} writes the contract's shape; {@link
 * com.skovik.scim.skovik.SkovikJson} is the mapper this package uses.
 */
package com.skovik.scim.skovik;
