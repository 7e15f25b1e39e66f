package org.opencrcn.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EntAffiliationTest {

  @Test
  @DisplayName(
      "National profiles map to what the platform offers; documentalists count as teachers, parents as nothing")
  void profiles() {
    assertThat(EntProfile.of("National_ELV")).isEqualTo(EntProfile.PUPIL);
    assertThat(EntProfile.of(" national_ens ")).isEqualTo(EntProfile.TEACHER);
    assertThat(EntProfile.of("National_DOC")).isEqualTo(EntProfile.TEACHER);
    assertThat(EntProfile.of("National_DIR")).isEqualTo(EntProfile.DIRECTOR);
    assertThat(EntProfile.of("National_TUT")).isEqualTo(EntProfile.OTHER);
  }

  @Test
  @DisplayName(
      "Several profiles and UAIs are kept, cleaned and without repeats; unknown profiles are left out of the known ones")
  void multiValued() {
    EntAffiliation ent =
        new EntAffiliation(
            Arrays.asList("National_DIR", "National_ENS", "National_TUT", null, " "),
            List.of("0381999z", " 0382888Y", "0381999Z"),
            " 3A ");

    assertThat(ent.knownProfiles())
        .containsExactlyInAnyOrder(EntProfile.DIRECTOR, EntProfile.TEACHER);
    assertThat(ent.uais()).containsExactly("0381999Z", "0382888Y");
    assertThat(ent.className()).isEqualTo("3A");
    assertThat(ent.isAttachedTo("0382 888y")).isTrue();
    assertThat(ent.isAttachedTo("0383777X")).isFalse();
    assertThat(ent.fromEnt()).isTrue();
    assertThat(EntAffiliation.none().fromEnt()).isFalse();
    assertThat(new EntAffiliation(List.of("National_TUT"), List.of(), null).knownProfiles())
        .isEmpty();
  }

  @Test
  @DisplayName(
      "An account made by an ENT awaits its welcome once; a password sign-in keeps what the ENT said")
  void accountKeepsTheEntsWordUntilTheNextEntSignIn() {
    EntAffiliation stendhal =
        new EntAffiliation(List.of("National_ELV"), List.of("0383777X"), "3A");
    Account account =
        new Account(new PersonProfile("sub-1", "ent.x", "Tom", "Mercier", null, stendhal));
    assertThat(account.origin()).isEqualTo(AccountOrigin.ENT);
    assertThat(account.awaitsEntWelcome()).isTrue();
    assertThat(account.entAffiliation()).isEqualTo(stendhal);

    account.refresh(new PersonProfile("sub-1", "ent.x", "Tom", "Mercier", null), Instant.now());
    assertThat(account.entAffiliation()).isEqualTo(stendhal);
    account.markEntWelcomed(Instant.now());
    assertThat(account.awaitsEntWelcome()).isFalse();

    EntAffiliation moved =
        new EntAffiliation(List.of("National_ELV", "National_ENS"), List.of("0382888Y"), null);
    account.refresh(
        new PersonProfile("sub-1", "ent.x", "Tom", "Mercier", null, moved), Instant.now());
    assertThat(account.entAffiliation()).isEqualTo(moved);
    assertThat(
            new Account(new PersonProfile("sub-2", "eleve", "Léa", "Martin", null))
                .awaitsEntWelcome())
        .isFalse();
  }

  @Test
  @DisplayName(
      "Through an attached ENT identity, the account keeps its own names and address, and takes the ENT's school")
  void attachedIdentityKeepsTheAccountsNames() {
    Account local =
        new Account(new PersonProfile("local-sub", "eleve", "Léa", "Martin", "eleve@example.org"));
    EntAffiliation stendhal =
        new EntAffiliation(List.of("National_ELV"), List.of("0383777X"), "3B");

    local.refresh(
        new PersonProfile("ent-sub", "ent.ent38-elv-0007", "LEA", "MARTIN", null, stendhal),
        Instant.now());

    assertThat(local.displayName()).isEqualTo("Léa Martin");
    assertThat(local.email()).isEqualTo("eleve@example.org");
    assertThat(local.username()).isEqualTo("eleve");
    assertThat(local.entAffiliation()).isEqualTo(stendhal);
  }
}
