package org.opencrcn.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrganizationTest {
  private static final Instant CREATED = Instant.parse("2026-09-01T08:00:00Z");
  private static final Instant LATER = Instant.parse("2026-10-01T08:00:00Z");
  private final OrganizationDetails college =
      new OrganizationDetails(
          OrganizationType.SCO, "Collège Stendhal", "0389103N", "Vienne", "Grenoble", null);

  @Test
  @DisplayName("Describing an organisation as it already is changes nothing, not even its date")
  void sameDetailsChangeNothing() {
    Organization organization = Organization.create(college, OrganizationSource.DIRECTORY, CREATED);

    assertThat(organization.describeAs(college, LATER)).isFalse();
    assertThat(organization.updatedAt()).isEqualTo(CREATED);
  }

  @Test
  @DisplayName("New details are taken and dated")
  void newDetailsTaken() {
    Organization organization = Organization.create(college, OrganizationSource.DIRECTORY, CREATED);
    var renamed =
        new OrganizationDetails(
            OrganizationType.SCO,
            "Collège Stendhal (Vienne)",
            "0389103N",
            "Vienne",
            "Grenoble",
            "ce.0389103N@ac-grenoble.fr");

    assertThat(organization.describeAs(renamed, LATER)).isTrue();
    assertThat(organization.details()).isEqualTo(renamed);
    assertThat(organization.updatedAt()).isEqualTo(LATER);
    assertThat(organization.source()).isEqualTo(OrganizationSource.DIRECTORY);
  }

  @Test
  @DisplayName(
      "Archiving keeps the organisation, and unarchiving brings it back; new details never unarchive")
  void archiveAndUnarchive() {
    Organization organization = Organization.create(college, OrganizationSource.MANUAL, CREATED);

    organization.archive(LATER);
    organization.describeAs(
        new OrganizationDetails(OrganizationType.SCO, "Autre nom", "0389103N", null, null, null),
        LATER);
    assertThat(organization.archived()).isTrue();

    organization.unarchive(LATER);
    assertThat(organization.archived()).isFalse();
  }
}
