package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.services.OrgaTestData.School;
import org.opencrcn.it.services.runas.AsColleague;
import org.opencrcn.it.services.runas.AsNewcomer;
import org.opencrcn.it.support.Inbox;
import org.opencrcn.it.support.Inbox.ReceivedMail;
import org.opencrcn.it.support.WithGreenMail;
import org.opencrcn.organization.application.ActivationRequest;
import org.opencrcn.organization.application.LinkRefusedException;
import org.opencrcn.organization.application.activation.ActivationRefusedException;
import org.opencrcn.organization.application.activation.OrgaActivation;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.shared.SecretToken;

/**
 * Director activation: the public request mails a link to the establishment's own address (read
 * back from GreenMail), the link makes whoever follows it ADMIN, once, before it expires.
 */
@ExtendWith({WithGreenMail.class, ArquillianExtension.class})
class OrgaActivationIT {
  private static final String LINK = "/rejoindre/activation/";

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(OrgaActivationIT.class);
  }

  @Inject private OrgaActivation activation;
  @Inject private OrgaTestData data;
  @Inject private AsNewcomer asNewcomer;
  @Inject private AsColleague asColleague;

  @BeforeEach
  void accounts() {
    data.ensureTestAccounts();
  }

  private String requestLink(School school) {
    int before = Inbox.of(school.email()).mails().size();
    activation.request(
        new ActivationRequest(school.uai(), "Claire", "Dubois"), Locale.FRENCH, anyAddress());
    return Inbox.of(school.email()).awaitMail(before + 1).token(LINK);
  }

  @Test
  @DisplayName(
      "Anyone may ask: the link goes to the establishment's address, the page shows it masked")
  void requestMailsTheEstablishment() {
    School school = data.school();

    var sent =
        activation.request(
            new ActivationRequest(
                " " + school.uai().toLowerCase(Locale.ROOT) + " ", "Claire", "Dubois"),
            Locale.FRENCH,
            anyAddress());

    assertThat(sent.maskedEmail())
        .isEqualTo("ce." + school.uai().substring(0, 4) + "***@ac-test.fr");
    assertThat(sent.validityDays()).isEqualTo(7);
    ReceivedMail mail = Inbox.of(school.email()).awaitMail(1);
    assertThat(mail.to()).containsExactly(school.email());
    assertThat(mail.subject())
        .isEqualTo("OpenCRCN : activez l'espace Orga de Établissement de test " + school.uai());
    assertThat(mail.text())
        .contains("Claire Dubois a demandé à devenir administrateur")
        .contains("expire dans 7 jours");
    assertThat(mail.link(LINK)).startsWith("http://localhost:18080" + LINK);
    assertThat(mail.html()).contains("<a href=\"" + mail.link(LINK) + "\">");
    String token = mail.token(LINK);
    assertThat(data.activationTokenHashes(school.id())).containsExactly(SecretToken.hashOf(token));
  }

  @Test
  @DisplayName(
      "Following the link while signed in makes that account ADMIN; the link then refuses a second use")
  void linkMakesAdminOnce() throws Exception {
    School school = data.school();
    String token = requestLink(school);

    var preview = asNewcomer.call(() -> activation.preview(token));
    long organizationId = asNewcomer.call(() -> activation.activate(token));

    assertThat(preview.organizationName()).isEqualTo("Établissement de test " + school.uai());
    assertThat(preview.role()).isEqualTo(MembershipRole.ADMIN);
    assertThat(organizationId).isEqualTo(school.id());
    assertThat(data.members(school.id())).containsExactly(AsNewcomer.SUBJECT + ":ADMIN");
    assertThatThrownBy(() -> asColleague.call(() -> activation.activate(token)))
        .isInstanceOfSatisfying(
            LinkRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(LinkRefusedException.Reason.USED));
    assertThat(data.members(school.id())).containsExactly(AsNewcomer.SUBJECT + ":ADMIN");
  }

  @Test
  @DisplayName("An expired link is refused and changes nothing")
  void expiredLinkRefused() {
    School school = data.school();
    String token = requestLink(school);
    data.expireActivationLinks(school.id());

    assertThatThrownBy(() -> asNewcomer.call(() -> activation.activate(token)))
        .isInstanceOfSatisfying(
            LinkRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(LinkRefusedException.Reason.EXPIRED));
    assertThat(data.members(school.id())).isEmpty();
  }

  @Test
  @DisplayName(
      "An organisation left with no administrator is recovered: a member who follows the link becomes ADMIN")
  void recoversOrganisationWithoutAdministrator() throws Exception {
    School school = data.school();
    data.addMember(school.id(), AsColleague.SUBJECT, "MEMBER");
    String token = requestLink(school);

    asColleague.call(() -> activation.activate(token));

    assertThat(data.members(school.id())).containsExactly(AsColleague.SUBJECT + ":ADMIN");
  }

  @Test
  @DisplayName("A link nobody issued is unknown; signing in is required to use one")
  void unknownLinkAndAnonymous() {
    assertThatThrownBy(
            () -> asNewcomer.call(() -> activation.activate(SecretToken.generate().value())))
        .isInstanceOfSatisfying(
            LinkRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(LinkRefusedException.Reason.UNKNOWN));
    assertThatThrownBy(() -> activation.activate("anything"))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  @DisplayName(
      "Each refused request says why: unknown UAI, archived, without address, not a school, not a UAI")
  void refusals() {
    assertThat(refusal("9999999Z")).isEqualTo(ActivationRefusedException.Reason.UNKNOWN_UAI);
    assertThat(refusal(data.organization("SCO", true, true).uai()))
        .isEqualTo(ActivationRefusedException.Reason.ARCHIVED);
    assertThat(refusal(data.organization("SCO", false, false).uai()))
        .isEqualTo(ActivationRefusedException.Reason.NO_EMAIL);
    School company = data.organization("PRO", true, false);
    assertThat(refusal(company.uai())).isEqualTo(ActivationRefusedException.Reason.NOT_SCO);
    assertThat(refusal("ce.0381999Z@ac-grenoble.fr"))
        .isEqualTo(ActivationRefusedException.Reason.INVALID_UAI);
    assertThat(Inbox.of(company.email()).mails()).isEmpty();
    assertThat(data.activationTokenHashes(company.id())).isEmpty();
  }

  @Test
  @DisplayName(
      "While 3 links of the last hour are unused, a 4th request is refused and not mailed; using one frees a place")
  void rateLimited() throws Exception {
    School school = data.school();
    String first = requestLink(school);
    requestLink(school);
    requestLink(school);

    assertThat(refusal(school.uai()))
        .isEqualTo(ActivationRefusedException.Reason.TOO_MANY_REQUESTS);
    assertThat(Inbox.of(school.email()).mails()).hasSize(3);
    assertThat(data.activationTokenHashes(school.id())).hasSize(3);

    asNewcomer.call(() -> activation.activate(first));
    requestLink(school);
    assertThat(Inbox.of(school.email()).mails()).hasSize(4);
  }

  @Test
  @DisplayName(
      "With an outbox folder set (the run command), the mail is written there as .eml and not sent")
  void developmentOutbox() throws Exception {
    School school = data.school();
    Path outbox = Files.createTempDirectory("opencrcn-outbox");
    System.setProperty("opencrcn.mail.outbox", outbox.toString());
    try {
      activation.request(
          new ActivationRequest(school.uai(), "Claire", "Dubois"), Locale.FRENCH, anyAddress());
    } finally {
      System.clearProperty("opencrcn.mail.outbox");
    }

    try (var files = Files.list(outbox)) {
      List<Path> written = files.toList();
      assertThat(written)
          .singleElement()
          .satisfies(
              file -> {
                assertThat(file.getFileName().toString()).endsWith(".eml");
                assertThat(Files.readString(file))
                    .contains("To: " + school.email())
                    .contains("Subject: ");
              });
    }
    assertThat(Inbox.of(school.email()).mails()).isEmpty();
  }

  @Test
  @DisplayName(
      "Requests from one address are limited per hour whatever the schools, and the whole platform too")
  void limitedPerAddressAndOverall() {
    School first = data.school();
    School second = data.school();
    School third = data.school();
    System.setProperty("opencrcn.orga.activation-requests-per-address-per-hour", "2");
    try {
      activation.request(
          new ActivationRequest(first.uai(), "Claire", "Dubois"), Locale.FRENCH, "198.51.100.7");
      activation.request(
          new ActivationRequest(second.uai(), "Claire", "Dubois"), Locale.FRENCH, "198.51.100.7");
      assertThat(refusalFrom(third.uai(), "198.51.100.7"))
          .isEqualTo(ActivationRefusedException.Reason.TOO_MANY_FROM_ADDRESS);
      activation.request(
          new ActivationRequest(third.uai(), "Claire", "Dubois"), Locale.FRENCH, "198.51.100.8");
    } finally {
      System.clearProperty("opencrcn.orga.activation-requests-per-address-per-hour");
    }
    assertThat(Inbox.of(third.email()).awaitMail(1).to()).containsExactly(third.email());
    assertThat(data.activationTokenHashes(third.id())).hasSize(1);
    assertThat(data.activationRequestedFrom(third.id()))
        .containsExactly(SecretToken.hashOf("198.51.100.8"));

    School fourth = data.school();
    System.setProperty(
        "opencrcn.orga.activation-requests-per-hour",
        Long.toString(data.activationRequestsOfTheLastHour()));
    try {
      assertThat(refusalFrom(fourth.uai(), "203.0.113.9"))
          .isEqualTo(ActivationRefusedException.Reason.BUSY);
    } finally {
      System.clearProperty("opencrcn.orga.activation-requests-per-hour");
    }
    assertThat(Inbox.of(fourth.email()).mails()).isEmpty();
  }

  @Test
  @DisplayName(
      "Typed names are mailed as data, escaped, never as a link; a name that is not a name is refused")
  void namesAreData() {
    School school = data.school();
    for (String notAName :
        List.of("www.evil.example", "http://evil.example", "<a href=x>Anne</a>", "a@b.example")) {
      var refused =
          catchThrowableOfType(
              ActivationRefusedException.class,
              () ->
                  activation.request(
                      new ActivationRequest(school.uai(), notAName, "Dubois"),
                      Locale.FRENCH,
                      anyAddress()));
      assertThat(refused).as(notAName).isNotNull();
      assertThat(refused.reason()).isEqualTo(ActivationRefusedException.Reason.INVALID_NAME);
    }
    assertThat(Inbox.of(school.email()).mails()).isEmpty();

    activation.request(
        new ActivationRequest(school.uai(), "Anne-Sophie", "D'Artagnan"),
        Locale.FRENCH,
        anyAddress());

    ReceivedMail mail = Inbox.of(school.email()).awaitMail(1);
    assertThat(mail.html())
        .contains("<p>Anne-Sophie D'Artagnan a demandé à devenir administrateur")
        .containsOnlyOnce("<a ");
    assertThat(mail.text()).contains("Anne-Sophie D'Artagnan a demandé");
  }

  /** Each request of these tests from its own address, as many directors would. */
  private static String anyAddress() {
    return "192.0.2."
        + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255)
        + "-"
        + java.util.UUID.randomUUID();
  }

  private ActivationRefusedException.Reason refusalFrom(String uai, String address) {
    var refused =
        catchThrowableOfType(
            ActivationRefusedException.class,
            () ->
                activation.request(
                    new ActivationRequest(uai, "Claire", "Dubois"), Locale.FRENCH, address));
    assertThat(refused).as("refusal of the request for %s", uai).isNotNull();
    return refused.reason();
  }

  private ActivationRefusedException.Reason refusal(String uai) {
    var refused =
        catchThrowableOfType(
            ActivationRefusedException.class,
            () ->
                activation.request(
                    new ActivationRequest(uai, "Claire", "Dubois"), Locale.FRENCH, anyAddress()));
    assertThat(refused).as("refusal of the request for %s", uai).isNotNull();
    return refused.reason();
  }
}
