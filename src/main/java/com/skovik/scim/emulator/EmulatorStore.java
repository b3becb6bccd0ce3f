package com.skovik.scim.emulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Every company's data, for the emulator's handlers and for tests that seed and inspect.
 * Each public method is atomic (one lock for the whole store). Seeding mistakes throw
 * {@link IllegalArgumentException}; the HTTP API never throws those.
 */
public final class EmulatorStore {

  private final Map<String, CompanyData> companies = new HashMap<>();
  private final ChangeClock changes;
  private final OpaqueIds ids = new OpaqueIds();

  EmulatorStore(Clock clock) {
    this.changes = new ChangeClock(clock);
  }

  public synchronized void addCompany(String companyId) {
    if (companies.putIfAbsent(companyId, new CompanyData(companyId)) != null) {
      throw new IllegalArgumentException("company exists: " + companyId);
    }
  }

  public synchronized Branch addBranch(String companyId, String branchId, String name,
      String externalIdentifier, boolean archived) {
    CompanyData company = seeded(companyId);
    require(company.branch(branchId).isEmpty(), "branch exists: " + branchId);
    requireFreeExternalIdentifier(company, branchId, externalIdentifier);
    Branch branch = new Branch(branchId, name, externalIdentifier, archived);
    company.putBranch(branch);
    return branch;
  }

  public synchronized void archiveBranch(String companyId, String branchId) {
    CompanyData company = seeded(companyId);
    company.putBranch(seededBranch(company, branchId).archive());
  }

  /** Changes (or clears, with null) a branch's external identifier, as an administrator may at any time. */
  public synchronized void setBranchExternalIdentifier(String companyId, String branchId, String externalIdentifier) {
    CompanyData company = seeded(companyId);
    Branch branch = seededBranch(company, branchId);
    requireFreeExternalIdentifier(company, branchId, externalIdentifier);
    company.putBranch(branch.withExternalIdentifier(externalIdentifier));
  }

  public synchronized CustomField addCustomField(String companyId, String fieldId, String name,
      CustomFieldType type, List<String> options) {
    CompanyData company = seeded(companyId);
    require(company.customField(fieldId).isEmpty(), "custom field exists: " + fieldId);
    CustomField field = new CustomField(fieldId, name, type, options);
    company.putCustomField(field);
    return field;
  }

  public synchronized void addIdentityProvider(String companyId, IdentityProvider identityProvider) {
    CompanyData company = seeded(companyId);
    require(company.identityProvider(identityProvider.id()).isEmpty(),
        "identity provider exists: " + identityProvider.id());
    putIdentityProvider(company, identityProvider);
  }

  /** Replaces an identity provider by {@code change(current)} and moves its {@code updated_at}. */
  public synchronized IdentityProvider updateIdentityProvider(String companyId, String identityProviderId,
      UnaryOperator<IdentityProvider> change) {
    CompanyData company = seeded(companyId);
    IdentityProvider current = company.identityProvider(identityProviderId)
        .orElseThrow(() -> new IllegalArgumentException("unknown identity provider: " + identityProviderId))
        .config();
    IdentityProvider changed = change.apply(current);
    require(changed.id().equals(identityProviderId), "an update cannot change the id");
    putIdentityProvider(company, changed);
    return changed;
  }

  public IdentityProvider setUserProvisioningEnabled(String companyId, String identityProviderId, boolean enabled) {
    return updateIdentityProvider(companyId, identityProviderId, idp -> idp.withUserProvisioningEnabled(enabled));
  }

  public IdentityProvider addActiveToken(String companyId, String identityProviderId, String tokenId) {
    return updateIdentityProvider(companyId, identityProviderId, idp -> idp.withToken(tokenId));
  }

  public IdentityProvider revokeToken(String companyId, String identityProviderId, String tokenId) {
    return updateIdentityProvider(companyId, identityProviderId, idp -> idp.withoutToken(tokenId));
  }

  public synchronized void removeIdentityProvider(String companyId, String identityProviderId) {
    seeded(companyId).removeIdentityProvider(identityProviderId);
  }

  /** Seeds an active employee with a generated id, bypassing the API's validation except references and email. */
  public Employee addEmployee(String companyId, EmployeeFields fields) {
    return addEmployee(companyId, null, fields);
  }

  /** Seeds an active employee with the given id (null: generated). */
  public synchronized Employee addEmployee(String companyId, String employeeId, EmployeeFields fields) {
    return seedEmployee(seeded(companyId), employeeId, fields, changes.nextChange());
  }

  /** Seeds many employees at once (benchmarks); they share one creation instant, ties broken by id. */
  public synchronized List<Employee> addEmployees(String companyId, List<EmployeeFields> fieldsOfEach) {
    CompanyData company = seeded(companyId);
    Instant at = changes.nextChange();
    List<Employee> added = new ArrayList<>(fieldsOfEach.size());
    fieldsOfEach.forEach(fields -> added.add(seedEmployee(company, null, fields, at)));
    return added;
  }

  public synchronized Employee archiveEmployee(String companyId, String employeeId) {
    CompanyData company = seeded(companyId);
    Employee employee = company.employee(employeeId)
        .orElseThrow(() -> new IllegalArgumentException("unknown employee: " + employeeId));
    Employee archived = employee.archived() ? employee : employee.archivedAt(changes.nextChange());
    company.putEmployee(archived);
    return archived;
  }

  public synchronized Optional<Employee> employee(String companyId, String employeeId) {
    return seeded(companyId).employee(employeeId);
  }

  /** Every non-deleted employee of the company, in creation order. */
  public synchronized List<Employee> employees(String companyId) {
    return List.copyOf(seeded(companyId).employees());
  }

  public synchronized Optional<Branch> branch(String companyId, String branchId) {
    return seeded(companyId).branch(branchId);
  }

  public synchronized List<Branch> branches(String companyId) {
    return List.copyOf(seeded(companyId).branches());
  }

  public synchronized List<CustomField> customFields(String companyId) {
    return List.copyOf(seeded(companyId).customFields());
  }

  public synchronized Optional<IdentityProvider> identityProvider(String companyId, String identityProviderId) {
    return seeded(companyId).identityProvider(identityProviderId).map(CompanyData.StoredIdentityProvider::config);
  }

  /** Runs one API operation atomically on a company; an unknown company answers 404. */
  synchronized <T> T inCompany(String companyId, Function<CompanyData, T> operation) {
    CompanyData company = companies.get(companyId);
    if (company == null) {
      throw ApiError.notFound("company " + companyId);
    }
    return operation.apply(company);
  }

  Instant nextChange() {
    return changes.nextChange();
  }

  String newEmployeeId() {
    return ids.next("emp_");
  }

  private Employee seedEmployee(CompanyData company, String employeeId, EmployeeFields fields, Instant at) {
    String id = employeeId == null ? ids.next("emp_") : employeeId;
    require(employeeId == null || ids.claim(employeeId), "employee id already used: " + employeeId);
    require(company.branch(fields.branchId()).isPresent(), "unknown branch: " + fields.branchId());
    require(fields.superiorId() == null || company.employee(fields.superiorId()).isPresent(),
        "unknown superior: " + fields.superiorId());
    require(company.emailHolder(fields.email()).isEmpty(), "email taken: " + fields.email());
    Employee employee = Employee.created(id, fields, at);
    company.putEmployee(employee);
    return employee;
  }

  private void putIdentityProvider(CompanyData company, IdentityProvider idp) {
    String defaultBranch = idp.defaultBranchId();
    require(defaultBranch == null || company.branch(defaultBranch).isPresent(), "unknown branch: " + defaultBranch);
    idp.customFieldMappings().values().forEach(fieldId ->
        require(company.customField(fieldId).isPresent(), "unknown custom field: " + fieldId));
    company.putIdentityProvider(idp, changes.nextChange());
  }

  private static void requireFreeExternalIdentifier(CompanyData company, String branchId, String externalIdentifier) {
    if (externalIdentifier != null) {
      company.branchByExternalIdentifier(externalIdentifier)
          .filter(holder -> !holder.id().equals(branchId))
          .ifPresent(holder -> {
            throw new IllegalArgumentException("external identifier " + externalIdentifier + " is " + holder.id() + "'s");
          });
    }
  }

  private CompanyData seeded(String companyId) {
    CompanyData company = companies.get(companyId);
    require(company != null, "unknown company: " + companyId);
    return company;
  }

  private static Branch seededBranch(CompanyData company, String branchId) {
    return company.branch(branchId).orElseThrow(() -> new IllegalArgumentException("unknown branch: " + branchId));
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalArgumentException(problem);
    }
  }
}
