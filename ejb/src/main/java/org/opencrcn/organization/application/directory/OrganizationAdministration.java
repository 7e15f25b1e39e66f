package org.opencrcn.organization.application.directory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opencrcn.organization.application.OrgaSettings;
import org.opencrcn.organization.domain.Organization;
import org.opencrcn.organization.domain.OrganizationDetails;
import org.opencrcn.organization.domain.OrganizationSource;
import org.opencrcn.organization.domain.Problem;
import org.opencrcn.organization.domain.Refusal;
import org.opencrcn.organization.infrastructure.OrganizationRepository;
import org.opencrcn.shared.Roles;

/**
 * The platform administrators' management of organisations: search them a page at a time, create,
 * edit, archive and unarchive one. Archiving keeps everything; members only stop entering it.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class OrganizationAdministration {
  public static final int MAX_PAGE_SIZE = 100;

  @Inject private OrganizationRepository organizations;

  public OrganizationPage search(
      @NotNull OrganizationSearch search,
      @Min(0) int first,
      @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
    var criteria =
        new OrganizationRepository.Criteria(search.text(), search.type(), search.includeArchived());
    List<OrganizationRow> rows =
        organizations.search(criteria, first, pageSize).stream().map(OrganizationRow::of).toList();
    return new OrganizationPage(rows, organizations.count(criteria), first, pageSize);
  }

  /** How many organisations are active (not archived), for the administration's figures. */
  public long activeCount() {
    return organizations.countActive();
  }

  public Optional<OrganizationRow> find(long id) {
    return organizations.findById(id).map(OrganizationRow::of);
  }

  /**
   * @return the new organisation's id
   * @throws OrganizationRefusedException with every problem of the input, or a UAI already taken
   */
  public long create(@NotNull OrganizationInput input) {
    OrganizationDetails details = checked(input, null);
    Organization organization =
        Organization.create(details, OrganizationSource.MANUAL, Instant.now());
    organizations.add(organization);
    return organization.id();
  }

  /**
   * @throws OrganizationRefusedException as {@link #create}, or when there is no such organisation
   */
  public void update(long id, @NotNull OrganizationInput input) {
    Organization organization = existing(id);
    organization.describeAs(checked(input, id), Instant.now());
  }

  public void archive(long id) {
    existing(id).archive(Instant.now());
  }

  public void unarchive(long id) {
    existing(id).unarchive(Instant.now());
  }

  private Organization existing(long id) {
    return organizations
        .findById(id)
        .orElseThrow(
            () ->
                new OrganizationRefusedException(
                    List.of(new Problem(Refusal.UNKNOWN_ORGANIZATION, String.valueOf(id)))));
  }

  /** The rules' details, and a UAI held by no other organisation. */
  private OrganizationDetails checked(OrganizationInput input, Long id) {
    var checked =
        OrgaSettings.organizationRules()
            .check(
                input.type(),
                input.name(),
                input.uai(),
                input.town(),
                input.academy(),
                input.email());
    OrganizationDetails details =
        checked.details().orElseThrow(() -> new OrganizationRefusedException(checked.problems()));
    if (details.uai() != null) {
      organizations
          .findByUai(details.uai())
          .filter(holder -> !holder.id().equals(id))
          .ifPresent(
              holder -> {
                throw new OrganizationRefusedException(
                    List.of(new Problem(Refusal.UAI_TAKEN, holder.name())));
              });
    }
    return details;
  }
}
