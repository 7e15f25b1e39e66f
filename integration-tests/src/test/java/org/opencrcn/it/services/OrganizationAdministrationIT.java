package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrcn.it.services.Establishments.newUai;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.services.runas.AsDirector;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.organization.application.directory.OrganizationAdministration;
import org.opencrcn.organization.application.directory.OrganizationInput;
import org.opencrcn.organization.application.directory.OrganizationPage;
import org.opencrcn.organization.application.directory.OrganizationRefusedException;
import org.opencrcn.organization.application.directory.OrganizationRow;
import org.opencrcn.organization.application.directory.OrganizationSearch;
import org.opencrcn.organization.domain.OrganizationSource;
import org.opencrcn.organization.domain.OrganizationType;
import org.opencrcn.organization.domain.Problem;
import org.opencrcn.organization.domain.Refusal;

/**
 * The administration of organisations: rules, search, archiving, and nobody but platform
 * administrators.
 */
@ExtendWith(ArquillianExtension.class)
class OrganizationAdministrationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(OrganizationAdministrationIT.class);
  }

  @Inject private OrganizationAdministration administration;
  @Inject private AsPlatformAdmin asAdmin;
  @Inject private AsDirector asDirector;

  private <T> T admin(Callable<T> work) throws Exception {
    return asAdmin.call(work);
  }

  /** A word no other test or run uses, to search for this test's organisations only. */
  private static String token() {
    return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private long create(OrganizationType type, String name, String uai, String town)
      throws Exception {
    return admin(
        () ->
            administration.create(new OrganizationInput(type, name, uai, town, "Grenoble", null)));
  }

  private OrganizationPage search(String text, OrganizationType type, boolean archived)
      throws Exception {
    return admin(() -> administration.search(new OrganizationSearch(text, type, archived), 0, 20));
  }

  @Test
  @DisplayName(
      "Created as typed, normalised; found by name without accents, by UAI in lower case, by town")
  void createAndSearch() throws Exception {
    String token = token();
    String uai = newUai();
    long id =
        admin(
            () ->
                administration.create(
                    new OrganizationInput(
                        OrganizationType.SCO,
                        " Collège Émile " + token + " ",
                        " " + uai.toLowerCase(),
                        "Échirolles",
                        "Grenoble",
                        "ce." + uai + "@ac-grenoble.fr")));

    OrganizationRow row = admin(() -> administration.find(id)).orElseThrow();

    assertThat(row.name()).isEqualTo("Collège Émile " + token);
    assertThat(row.uai()).isEqualTo(uai);
    assertThat(row.source()).isEqualTo(OrganizationSource.MANUAL);
    assertThat(search("college emile " + token.toLowerCase(), null, false).rows())
        .extracting(OrganizationRow::id)
        .containsExactly(id);
    assertThat(search(uai.toLowerCase(), null, false).rows())
        .extracting(OrganizationRow::id)
        .containsExactly(id);
    assertThat(search("echirolles", OrganizationType.SCO, false).rows())
        .extracting(OrganizationRow::id)
        .contains(id);
    assertThat(search(token, OrganizationType.PRO, false).total()).isZero();
  }

  @Test
  @DisplayName("Results come a page at a time, ordered by name, with the whole count")
  void paged() throws Exception {
    String token = token();
    for (String name : List.of("C", "A", "B")) {
      create(OrganizationType.PRO, name + " " + token, null, null);
    }

    OrganizationPage first =
        admin(() -> administration.search(new OrganizationSearch(token, null, false), 0, 2));
    OrganizationPage second =
        admin(() -> administration.search(new OrganizationSearch(token, null, false), 2, 2));

    assertThat(first.total()).isEqualTo(3);
    assertThat(first.rows())
        .extracting(OrganizationRow::name)
        .containsExactly("A " + token, "B " + token);
    assertThat(second.rows()).extracting(OrganizationRow::name).containsExactly("C " + token);
  }

  @Test
  @DisplayName(
      "Every problem is refused with its reason: no name, bad UAI, bad e-mail, a school without UAI")
  void badInputRefused() {
    assertThatThrownBy(
            () ->
                admin(
                    () ->
                        administration.create(
                            new OrganizationInput(
                                OrganizationType.SCO, " ", "0381999", null, null, "ce.0381999Z"))))
        .isInstanceOfSatisfying(
            OrganizationRefusedException.class,
            refused ->
                assertThat(refused.problems())
                    .extracting(Problem::refusal)
                    .containsExactly(
                        Refusal.NAME_REQUIRED, Refusal.UAI_SHAPE, Refusal.EMAIL_SHAPE));
    assertThatThrownBy(
            () ->
                admin(
                    () ->
                        administration.create(
                            new OrganizationInput(
                                OrganizationType.SCO, "École", null, null, null, null))))
        .isInstanceOfSatisfying(
            OrganizationRefusedException.class,
            refused ->
                assertThat(refused.problems()).containsExactly(Problem.of(Refusal.UAI_REQUIRED)));
  }

  @Test
  @DisplayName("A UAI already held is refused on creation and on edit, naming its holder")
  void duplicateUaiRefused() throws Exception {
    String uai = newUai();
    create(OrganizationType.SCO, "Premier", uai, null);
    long other = create(OrganizationType.SCO, "Second", newUai(), null);

    assertThatThrownBy(() -> create(OrganizationType.SCO, "Copie", uai.toLowerCase(), null))
        .isInstanceOfSatisfying(
            OrganizationRefusedException.class,
            refused ->
                assertThat(refused.problems())
                    .containsExactly(new Problem(Refusal.UAI_TAKEN, "Premier")));
    assertThatThrownBy(
            () ->
                admin(
                    () -> {
                      administration.update(
                          other,
                          new OrganizationInput(
                              OrganizationType.SCO, "Second", uai, null, null, null));
                      return null;
                    }))
        .isInstanceOf(OrganizationRefusedException.class);
    assertThat(admin(() -> administration.find(other)).orElseThrow().uai()).isNotEqualTo(uai);
  }

  @Test
  @DisplayName("An edit changes the details; keeping one's own UAI is no duplicate")
  void edit() throws Exception {
    String uai = newUai();
    long id = create(OrganizationType.SCO, "Avant", uai, null);

    admin(
        () -> {
          administration.update(
              id,
              new OrganizationInput(
                  OrganizationType.SCO,
                  "Après",
                  uai,
                  "Vienne",
                  "Grenoble",
                  "ce." + uai + "@ac-grenoble.fr"));
          return null;
        });

    OrganizationRow row = admin(() -> administration.find(id)).orElseThrow();
    assertThat(List.of(row.name(), row.town(), row.email()))
        .containsExactly("Après", "Vienne", "ce." + uai + "@ac-grenoble.fr");
  }

  @Test
  @DisplayName("Archived organisations leave the default search and come back when unarchived")
  void archiveAndUnarchive() throws Exception {
    String token = token();
    long id = create(OrganizationType.PRO, "Association " + token, null, null);

    admin(
        () -> {
          administration.archive(id);
          return null;
        });
    assertThat(search(token, null, false).total()).isZero();
    assertThat(search(token, null, true).rows())
        .extracting(OrganizationRow::archived)
        .containsExactly(true);

    admin(
        () -> {
          administration.unarchive(id);
          return null;
        });
    assertThat(search(token, null, false).rows())
        .extracting(OrganizationRow::archived)
        .containsExactly(false);
  }

  @Test
  @DisplayName("An unknown organisation is refused, not created")
  void unknownOrganization() {
    assertThatThrownBy(
            () ->
                admin(
                    () -> {
                      administration.archive(-1);
                      return null;
                    }))
        .isInstanceOfSatisfying(
            OrganizationRefusedException.class,
            refused ->
                assertThat(refused.problems())
                    .extracting(Problem::refusal)
                    .containsExactly(Refusal.UNKNOWN_ORGANIZATION));
  }

  @Test
  @DisplayName(
      "A director, administrator of her school only, is refused every administration method")
  void directorIsRefusedEverywhere() throws Exception {
    long id = create(OrganizationType.PRO, "Cible " + token(), null, null);
    OrganizationInput input =
        new OrganizationInput(OrganizationType.PRO, "Piratée", null, null, null, null);
    List<Callable<?>> calls =
        List.of(
            () -> administration.search(new OrganizationSearch(null, null, true), 0, 20),
            () -> administration.find(id),
            () -> administration.create(input),
            () -> {
              administration.update(id, input);
              return null;
            },
            () -> {
              administration.archive(id);
              return null;
            },
            () -> {
              administration.unarchive(id);
              return null;
            });

    for (Callable<?> call : calls) {
      assertThatThrownBy(() -> asDirector.call(call)).isInstanceOf(EJBAccessException.class);
    }
    assertThat(admin(() -> administration.find(id)).orElseThrow().name()).startsWith("Cible ");
  }
}
