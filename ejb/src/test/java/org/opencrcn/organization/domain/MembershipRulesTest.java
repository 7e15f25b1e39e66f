package org.opencrcn.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencrcn.organization.domain.MembershipRole.ADMIN;
import static org.opencrcn.organization.domain.MembershipRole.MEMBER;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MembershipRulesTest {

  @Test
  @DisplayName(
      "The first member of an organisation becomes its administrator, whatever the invitation said")
  void firstMemberIsAdmin() {
    assertThat(MembershipRules.roleOnJoining(MEMBER, 0)).isEqualTo(ADMIN);
    assertThat(MembershipRules.roleOnJoining(MEMBER, 1)).isEqualTo(MEMBER);
    assertThat(MembershipRules.roleOnJoining(ADMIN, 3)).isEqualTo(ADMIN);
  }

  @Test
  @DisplayName("Accepting a member invitation does not demote an administrator")
  void acceptingNeverDemotes() {
    assertThat(MembershipRules.roleOnAccepting(ADMIN, MEMBER)).isEqualTo(ADMIN);
    assertThat(MembershipRules.roleOnAccepting(MEMBER, ADMIN)).isEqualTo(ADMIN);
    assertThat(MembershipRules.roleOnAccepting(MEMBER, MEMBER)).isEqualTo(MEMBER);
  }

  @Test
  @DisplayName("The last administrator can neither leave nor be demoted; one of two can")
  void lastAdministrator() {
    assertThat(MembershipRules.mayStopAdministering(ADMIN, 1)).isFalse();
    assertThat(MembershipRules.mayStopAdministering(ADMIN, 2)).isTrue();
    assertThat(MembershipRules.mayStopAdministering(MEMBER, 1)).isTrue();
  }
}
