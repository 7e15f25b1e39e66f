package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.identity.application.SignIn;
import org.opencrcn.identity.application.SignedInPerson;
import org.opencrcn.identity.domain.EntAffiliation;
import org.opencrcn.identity.domain.EntProfile;
import org.opencrcn.identity.domain.PersonProfile;
import org.opencrcn.it.services.runas.AsEntDirector;
import org.opencrcn.it.services.runas.AsEntPupil;
import org.opencrcn.it.services.runas.AsLocalOwner;
import org.opencrcn.organization.application.ent.EntArrival;
import org.opencrcn.organization.application.ent.EntSchool;
import org.opencrcn.organization.application.ent.EntWelcome;
import org.opencrcn.organization.application.pupils.PupilReconciliation;
import org.opencrcn.organization.application.pupils.ReconciliationRefusedException;
import org.opencrcn.organization.application.pupils.ReconciliationRefusedException.Reason;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.domain.siecle.SiecleRecord;
import org.opencrcn.shared.AccessDeniedException;

/**
 * A first sign-in through a school ENT: what the ENT asserted (kept by the sign-in) decides what is
 * offered; a pupil links their record with their birthdate, a director activates the school; what
 * the ENT did not assert is refused, whatever the caller asks.
 */
@ExtendWith(ArquillianExtension.class)
class EntArrivalIT {
  private static final LocalDate HUGO_BIRTHDATE = LocalDate.of(2011, 3, 14);

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(EntArrivalIT.class);
  }

  @Inject private SignIn signIn;
  @Inject private EntArrival arrival;
  @Inject private PupilReconciliation reconciliation;
  @Inject private PupilsTestData writer;
  @Inject private OrgaTestData data;
  @Inject private EntTestData entData;
  @Inject private AsEntPupil asEntPupil;
  @Inject private AsEntDirector asEntDirector;
  @Inject private AsLocalOwner asLocalOwner;

  private OrgaTestData.School school;

  @BeforeEach
  void freshSchoolWithPupils() {
    entData.forget(List.of(AsEntPupil.SUBJECT, AsEntDirector.SUBJECT, AsLocalOwner.SUBJECT));
    school = data.school();
    writer.write(
        school.id(),
        List.of(
            pupil("E00000001AA", "ROUX", "Hugo", HUGO_BIRTHDATE),
            pupil("E00000002BB", "ROUX", "Lina", HUGO_BIRTHDATE)),
        written -> {});
  }

  @Test
  @DisplayName(
      "An ENT pupil is welcomed once, then linked to their record with the ENT's names and their birthdate")
  void pupilLinksTheirRecord() throws Exception {
    SignedInPerson first =
        asEntPupil.call(() -> signIn.record(entPupil("Hugo", "Roux", school.uai())));
    assertThat(first.awaitsEntWelcome()).isTrue();
    EntWelcome welcome = asEntPupil.call(arrival::welcome);
    assertThat(welcome.profiles()).containsExactly(EntProfile.PUPIL);
    assertThat(welcome.className()).isEqualTo("3A");
    assertThat(welcome.schools())
        .extracting(EntSchool::organizationId, EntSchool::pupilRecordLinked)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(school.id(), false));

    assertRefused(
        () ->
            asEntPupil.call(() -> arrival.linkPupilRecord(school.id(), HUGO_BIRTHDATE.plusDays(1))),
        Reason.NO_MATCH);
    EntSchool linked = asEntPupil.call(() -> arrival.linkPupilRecord(school.id(), HUGO_BIRTHDATE));
    EntSchool again = asEntPupil.call(() -> arrival.linkPupilRecord(school.id(), HUGO_BIRTHDATE));

    assertThat(linked.pupilRecordLinked()).isTrue();
    assertThat(again.pupilRecordLinked()).isTrue();
    assertThat(asEntPupil.call(() -> reconciliation.myRecord(school.id()))).isPresent();
    asEntPupil.call(
        () -> {
          signIn.finishEntWelcome();
          return null;
        });
    assertThat(
            asEntPupil
                .call(() -> signIn.record(entPupil("Hugo", "Roux", school.uai())))
                .awaitsEntWelcome())
        .isFalse();
  }

  @Test
  @DisplayName(
      "After 10 birthdates matching nothing in an hour, even the right one is refused: birthdates cannot be tried one by one")
  void guessingBirthdatesIsStopped() throws Exception {
    asEntPupil.call(() -> signIn.record(entPupil("Hugo", "Roux", school.uai())));
    for (int day = 1; day <= 10; day++) {
      LocalDate wrong = HUGO_BIRTHDATE.plusYears(1).withDayOfMonth(day);
      assertRefused(
          () -> asEntPupil.call(() -> arrival.linkPupilRecord(school.id(), wrong)),
          Reason.NO_MATCH);
    }

    assertRefused(
        () -> asEntPupil.call(() -> arrival.linkPupilRecord(school.id(), HUGO_BIRTHDATE)),
        Reason.TOO_MANY_ATTEMPTS);
    assertThat(asEntPupil.call(() -> reconciliation.myRecord(school.id()))).isEmpty();
  }

  @Test
  @DisplayName(
      "A record already linked to the person's other account is refused, and stays linked to that one")
  void recordLinkedToAnotherAccount() throws Exception {
    asLocalOwner.call(
        () ->
            signIn.record(
                new PersonProfile(AsLocalOwner.SUBJECT, "it-owner", "Hugo", "Roux", null)));
    long record = writer.link(school.id(), "Hugo", "ROUX", HUGO_BIRTHDATE, AsLocalOwner.SUBJECT);
    asEntPupil.call(() -> signIn.record(entPupil("Hugo", "Roux", school.uai())));

    assertRefused(
        () -> asEntPupil.call(() -> arrival.linkPupilRecord(school.id(), HUGO_BIRTHDATE)),
        Reason.RECORD_LINKED_TO_ANOTHER_ACCOUNT);
    assertThat(asLocalOwner.call(() -> reconciliation.myRecord(school.id()))).contains(record);
    assertThat(asEntPupil.call(() -> reconciliation.myRecord(school.id()))).isEmpty();
  }

  @Test
  @DisplayName(
      "Only a pupil of the school according to the ENT may try to find a record there: a local account or a pupil of another school is refused")
  void reconciliationOnlyForThePupilsOfTheSchool() throws Exception {
    OrgaTestData.School other = data.school();
    asLocalOwner.call(
        () ->
            signIn.record(
                new PersonProfile(AsLocalOwner.SUBJECT, "it-owner", "Hugo", "Roux", null)));
    asEntPupil.call(() -> signIn.record(entPupil("Hugo", "Roux", other.uai())));

    assertThatThrownBy(
            () ->
                asLocalOwner.call(
                    () -> reconciliation.reconcile(school.id(), HUGO_BIRTHDATE, "Hugo", "Roux")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                asEntPupil.call(
                    () -> reconciliation.reconcile(school.id(), HUGO_BIRTHDATE, "Hugo", "Roux")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(asLocalOwner.call(() -> reconciliation.myRecord(school.id()))).isEmpty();
    assertThat(asEntPupil.call(() -> reconciliation.myRecord(school.id()))).isEmpty();
  }

  @Test
  @DisplayName("Unknown, archived and absent UAIs, and no profile: nothing offered, each said")
  void unknownSchoolAndNoProfile() throws Exception {
    OrgaTestData.School archived = data.organization("SCO", true, true);
    asEntPupil.call(
        () ->
            signIn.record(
                new PersonProfile(
                    AsEntPupil.SUBJECT,
                    "ent.it-pupil",
                    "Hugo",
                    "Roux",
                    null,
                    new EntAffiliation(
                        List.of("National_TUT"), List.of("0000001A", archived.uai()), null))));

    EntWelcome welcome = asEntPupil.call(arrival::welcome);

    assertThat(welcome.noProfile()).isTrue();
    assertThat(welcome.schools()).isEmpty();
    assertThat(welcome.unknownUais()).containsExactly("0000001A", archived.uai());
    assertThatThrownBy(
            () -> asEntPupil.call(() -> arrival.linkPupilRecord(archived.id(), HUGO_BIRTHDATE)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName(
      "An ENT director activates their school and administers it; nobody else can by asking")
  void directorActivatesTheSchool() throws Exception {
    asEntDirector.call(
        () ->
            signIn.record(
                new PersonProfile(
                    AsEntDirector.SUBJECT,
                    "ent.it-director",
                    "Marc",
                    "Giraud",
                    null,
                    new EntAffiliation(
                        List.of("National_ENS", "National_DIR"), List.of(school.uai()), null))));
    asEntPupil.call(() -> signIn.record(entPupil("Hugo", "Roux", school.uai())));
    OrgaTestData.School other = data.school();

    EntWelcome before = asEntDirector.call(arrival::welcome);
    assertThat(before.profiles())
        .containsExactlyInAnyOrder(EntProfile.DIRECTOR, EntProfile.TEACHER);
    assertThat(before.schools()).extracting(EntSchool::administered).containsExactly(false);
    assertThatThrownBy(() -> asEntPupil.call(() -> arrival.activateSchool(school.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asEntDirector.call(() -> arrival.activateSchool(other.id())))
        .isInstanceOf(AccessDeniedException.class);
    EntSchool activated = asEntDirector.call(() -> arrival.activateSchool(school.id()));

    assertThat(activated.role()).isEqualTo(MembershipRole.ADMIN);
    assertThat(activated.administered()).isTrue();
    assertThat(data.members(school.id())).containsExactly(AsEntDirector.SUBJECT + ":ADMIN");
    assertThat(data.members(other.id())).isEmpty();
  }

  @Test
  @DisplayName(
      "A director of school A who is a parent at school B activates A only: B offers nothing and refuses")
  void directorOfAnotherSchoolIsNotDirectorHere() throws Exception {
    OrgaTestData.School parentHere = data.school();
    asEntDirector.call(
        () ->
            signIn.record(
                new PersonProfile(
                    AsEntDirector.SUBJECT,
                    "ent.it-director",
                    "Paul",
                    "Garnier",
                    null,
                    new EntAffiliation(
                        List.of("National_DIR", "National_TUT"),
                        List.of(school.uai(), parentHere.uai()),
                        List.of(school.uai() + "$DIR$DIRECTION$-$CHEF D'ETABLISSEMENT"),
                        null))));

    EntWelcome welcome = asEntDirector.call(arrival::welcome);

    assertThat(welcome.schools())
        .extracting(EntSchool::uai, EntSchool::profiles)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(school.uai(), Set.of(EntProfile.DIRECTOR)),
            org.assertj.core.groups.Tuple.tuple(parentHere.uai(), Set.of()));
    assertThatThrownBy(() -> asEntDirector.call(() -> arrival.activateSchool(parentHere.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(data.members(parentHere.id())).isEmpty();
    assertThat(asEntDirector.call(() -> arrival.activateSchool(school.id())).role())
        .isEqualTo(MembershipRole.ADMIN);
  }

  @Test
  @DisplayName(
      "A director profile with two schools and no function saying where is director of neither")
  void directorOfNoSchoolWhenTheEntDoesNotSay() throws Exception {
    OrgaTestData.School other = data.school();
    asEntDirector.call(
        () ->
            signIn.record(
                new PersonProfile(
                    AsEntDirector.SUBJECT,
                    "ent.it-director",
                    "Anne",
                    "Roche",
                    null,
                    new EntAffiliation(
                        List.of("National_DIR"), List.of(school.uai(), other.uai()), null))));

    assertThat(asEntDirector.call(arrival::welcome).schools())
        .allSatisfy(offered -> assertThat(offered.profiles()).isEmpty());
    assertThatThrownBy(() -> asEntDirector.call(() -> arrival.activateSchool(school.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asEntDirector.call(() -> arrival.activateSchool(other.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(data.members(school.id())).isEmpty();
    assertThat(data.members(other.id())).isEmpty();
  }

  @Test
  @DisplayName(
      "An ADMIN right from the ENT or an activation link follows the ENT at each ENT sign-in; an invited one stays")
  void adminRightsFollowTheEnt() throws Exception {
    OrgaTestData.School activatedByLink = data.school();
    OrgaTestData.School invitedTo = data.school();
    asEntDirector.call(() -> signIn.record(entDirector(List.of("National_DIR"), school.uai())));
    asEntDirector.call(() -> arrival.activateSchool(school.id()));
    data.addMember(activatedByLink.id(), AsEntDirector.SUBJECT, "ADMIN", "ACTIVATION");
    data.addMember(invitedTo.id(), AsEntDirector.SUBJECT, "ADMIN", "INVITATION");

    // Still director of the school, now a teacher only of the one activated by link.
    asEntDirector.call(
        () ->
            signIn.record(
                new PersonProfile(
                    AsEntDirector.SUBJECT,
                    "ent.it-director",
                    "Marc",
                    "Giraud",
                    null,
                    new EntAffiliation(
                        List.of("National_DIR", "National_ENS"),
                        List.of(school.uai(), activatedByLink.uai()),
                        List.of(school.uai() + "$DIR", activatedByLink.uai() + "$ENS"),
                        null))));
    assertThat(data.members(school.id())).containsExactly(AsEntDirector.SUBJECT + ":ADMIN");
    assertThat(data.members(activatedByLink.id()))
        .containsExactly(AsEntDirector.SUBJECT + ":MEMBER");

    // Director nowhere any more (moved to another school): the MEMBER kept as a teacher goes too.
    OrgaTestData.School elsewhere = data.school();
    asEntDirector.call(() -> signIn.record(entDirector(List.of("National_DIR"), elsewhere.uai())));

    assertThat(data.members(school.id())).isEmpty();
    assertThat(data.members(activatedByLink.id())).isEmpty();
    assertThat(data.members(invitedTo.id())).containsExactly(AsEntDirector.SUBJECT + ":ADMIN");
  }

  @Test
  @DisplayName(
      "A later sign-in with a password keeps what the ENT said; a new ENT sign-in replaces it")
  void affiliationKeptUntilTheNextEntSignIn() throws Exception {
    asEntPupil.call(() -> signIn.record(entPupil("Hugo", "Roux", school.uai())));
    asEntPupil.call(
        () ->
            signIn.record(
                new PersonProfile(AsEntPupil.SUBJECT, "ent.it-pupil", "Hugo", "Roux", null)));
    assertThat(asEntPupil.call(arrival::welcome).schools())
        .extracting(EntSchool::uai)
        .containsExactly(school.uai());

    OrgaTestData.School moved = data.school();
    asEntPupil.call(() -> signIn.record(entPupil("Hugo", "Roux", moved.uai())));
    assertThat(asEntPupil.call(arrival::welcome).schools())
        .extracting(EntSchool::uai)
        .containsExactly(moved.uai());
  }

  private static PersonProfile entDirector(List<String> profiles, String uai) {
    return new PersonProfile(
        AsEntDirector.SUBJECT,
        "ent.it-director",
        "Marc",
        "Giraud",
        null,
        new EntAffiliation(profiles, List.of(uai), null));
  }

  private static PersonProfile entPupil(String firstName, String lastName, String uai) {
    return new PersonProfile(
        AsEntPupil.SUBJECT,
        "ent.it-pupil",
        firstName,
        lastName,
        null,
        new EntAffiliation(List.of("National_ELV"), List.of(uai), "3A"));
  }

  private static SiecleRecord pupil(String ine, String family, String first, LocalDate birthdate) {
    return new SiecleRecord(
        ine,
        family,
        null,
        first,
        null,
        null,
        "M",
        birthdate,
        "99100",
        "038",
        "38185",
        null,
        "10010012110",
        "ST",
        "3A");
  }

  private static void assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ReconciliationRefusedException.class,
            refused -> assertThat(refused.reason()).isEqualTo(reason));
  }
}
