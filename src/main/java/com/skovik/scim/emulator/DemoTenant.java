package com.skovik.scim.emulator;

/** What {@link DemoSeed} created: the company, its identity provider and a valid SCIM token for it. */
public record DemoTenant(String companyId, String identityProviderId, String token) {}
