package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.it.services.runas.AsPupil;
import org.opencrcn.it.services.runas.AsTeacher;
import org.opencrcn.referential.application.ContentImport;
import org.opencrcn.referential.application.ShippedPack;
import org.opencrcn.referential.domain.catalog.CatalogTutorial;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.tutorial.application.SavedTutorialView;
import org.opencrcn.tutorial.application.SavedTutorials;
import org.opencrcn.tutorial.application.TutorialNotFoundException;

/**
 * "Mes tutos" through the service: saved once, removed, private to each learner, kept across
 * content upgrades.
 */
@ExtendWith(ArquillianExtension.class)
class SavedTutorialsIT {
  private static final String SEARCH_ENGINE = "https://fr.wikipedia.org/wiki/Moteur_de_recherche";
  private static final String OPERATORS = "https://fr.wikipedia.org/wiki/Recherche_d%27information";

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(SavedTutorialsIT.class);
  }

  @Inject private SavedTutorials savedTutorials;
  @Inject private ContentImport contentImport;
  @Inject private AsPupil asPupil;
  @Inject private AsTeacher asTeacher;
  @Inject private AsPlatformAdmin asAdmin;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  @BeforeEach
  void noSavedTutorials() throws Exception {
    asAdmin.call(
        () ->
            em.createNativeQuery(
                    "delete from saved_tutorial where account_id in (select id from account where username in ('eleve', 'enseignant'))")
                .executeUpdate());
  }

  /** A tutorial of the imported content. */
  private CatalogTutorial anyTutorial() {
    return em.createQuery(
            "select t from CatalogTutorial t order by t.skillName, t.position",
            CatalogTutorial.class)
        .setMaxResults(1)
        .getSingleResult();
  }

  private List<SavedTutorialView> pupilList() throws Exception {
    return asPupil.call(() -> savedTutorials.list(Locale.FRENCH));
  }

  @Test
  @DisplayName("Saving a tutorial twice keeps one; removing it leaves none")
  void saveTwiceThenRemove() throws Exception {
    CatalogTutorial tutorial = anyTutorial();

    long first = asPupil.call(() -> savedTutorials.save(tutorial.skillName(), tutorial.url()));
    long second = asPupil.call(() -> savedTutorials.save(tutorial.skillName(), tutorial.url()));
    List<SavedTutorialView> saved = pupilList();
    Set<String> shownSaved =
        asPupil.call(
            () -> savedTutorials.savedAmong(List.of(tutorial.url(), "https://example.org/other")));
    asPupil.call(
        () -> {
          savedTutorials.remove(first);
          return null;
        });

    assertThat(second).isEqualTo(first);
    assertThat(saved)
        .extracting(
            SavedTutorialView::id,
            SavedTutorialView::title,
            SavedTutorialView::url,
            SavedTutorialView::format)
        .containsExactly(tuple(first, tutorial.title(), tutorial.url(), tutorial.format()));
    assertThat(saved.get(0).competenceCode()).isNotBlank();
    assertThat(saved.get(0).savedAt()).isNotNull();
    assertThat(shownSaved).containsExactly(tutorial.url());
    assertThat(pupilList()).isEmpty();
    assertThat(asPupil.call(() -> savedTutorials.savedAmong(List.of(tutorial.url())))).isEmpty();
  }

  @Test
  @DisplayName(
      "A tutorial two skills recommend is one tutorial: saved from both, listed once, removed from either")
  void sameAddressForTwoSkills() throws Exception {
    List<CatalogTutorial> shared =
        em.createQuery(
                "select t from CatalogTutorial t where t.url in (select u.url from CatalogTutorial u group by u.url"
                    + " having count(distinct u.skillName) > 1) order by t.url, t.skillName",
                CatalogTutorial.class)
            .setMaxResults(2)
            .getResultList();
    assertThat(shared).as("the shipped pack has a tutorial shared by two skills").hasSize(2);

    long first =
        asPupil.call(() -> savedTutorials.save(shared.get(0).skillName(), shared.get(0).url()));
    long second =
        asPupil.call(() -> savedTutorials.save(shared.get(1).skillName(), shared.get(1).url()));
    int listed = pupilList().size();
    asPupil.call(
        () -> {
          savedTutorials.unsave(shared.get(1).url());
          return null;
        });

    assertThat(second).isEqualTo(first);
    assertThat(listed).isEqualTo(1);
    assertThat(pupilList()).isEmpty();
  }

  @Test
  @DisplayName(
      "Another learner neither sees a pupil's saved tutorial nor removes it, by id or by address")
  void privateToEachLearner() throws Exception {
    CatalogTutorial tutorial = anyTutorial();
    long pupils = asPupil.call(() -> savedTutorials.save(tutorial.skillName(), tutorial.url()));

    List<SavedTutorialView> teachersList = asTeacher.call(() -> savedTutorials.list(Locale.FRENCH));
    Set<String> teacherSaved =
        asTeacher.call(() -> savedTutorials.savedAmong(List.of(tutorial.url())));
    asTeacher.call(
        () -> {
          savedTutorials.unsave(tutorial.url());
          return null;
        });

    assertThat(teachersList).isEmpty();
    assertThat(teacherSaved).isEmpty();
    assertThatThrownBy(
            () ->
                asTeacher.call(
                    () -> {
                      savedTutorials.remove(pupils);
                      return null;
                    }))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(pupilList()).extracting(SavedTutorialView::id).containsExactly(pupils);
  }

  @Test
  @DisplayName("Only a tutorial of the content can be saved, never an address the browser made up")
  void onlyCatalogueTutorials() throws Exception {
    CatalogTutorial tutorial = anyTutorial();

    assertThatThrownBy(
            () ->
                asPupil.call(
                    () -> savedTutorials.save(tutorial.skillName(), "javascript:alert(1)")))
        .isInstanceOf(TutorialNotFoundException.class);
    assertThatThrownBy(
            () -> asPupil.call(() -> savedTutorials.save("@nosuchskill9", tutorial.url())))
        .isInstanceOf(TutorialNotFoundException.class);
    assertThat(pupilList()).isEmpty();
  }

  @Test
  @DisplayName(
      "A new content version rewrites the tutorials: saved ones stay saved, renamed ones show the new title, dropped ones stay as saved")
  void survivesContentUpgrade() throws Exception {
    asAdmin.call(() -> contentImport.importPack(SmallPack.version1()));
    try {
      asPupil.call(() -> savedTutorials.save("@itrecherche1", SEARCH_ENGINE));
      asPupil.call(() -> savedTutorials.save("@itrecherche2", OPERATORS));
      List<Long> idsBefore = catalogueIds();

      var report =
          asAdmin.call(() -> contentImport.importPack(upgradeRenamingOneAndDroppingOther()));

      assertThat(report.errors()).isEmpty();
      assertThat(catalogueIds()).doesNotContainAnyElementsOf(idsBefore);
      assertThat(pupilList())
          .extracting(
              SavedTutorialView::url, SavedTutorialView::title, SavedTutorialView::competenceCode)
          .containsExactlyInAnyOrder(
              tuple(SEARCH_ENGINE, "Moteur de recherche (nouvelle version)", "1.1"),
              tuple(OPERATORS, "Opérateurs", "1.1"));
      assertThat(pupilList().get(0).competenceTitle())
          .isEqualTo("Mener une recherche et une veille d'information");
      assertThat(asPupil.call(() -> savedTutorials.savedAmong(List.of(SEARCH_ENGINE, OPERATORS))))
          .containsExactlyInAnyOrder(SEARCH_ENGINE, OPERATORS);
    } finally {
      asAdmin.call(() -> contentImport.importPack(ShippedPack.files()));
    }
  }

  private List<Long> catalogueIds() {
    return em.createQuery(
            "select t.id from CatalogTutorial t where t.skillName like '@itrecherche%'", Long.class)
        .getResultList();
  }

  /**
   * The small pack's next version: the first tutorial renamed, the second replaced by another
   * address.
   */
  private static Map<String, byte[]> upgradeRenamingOneAndDroppingOther() {
    Map<String, byte[]> files = new TreeMap<>(SmallPack.version1());
    String competence =
        new String(files.get("competences/1.1.yaml"), StandardCharsets.UTF_8)
            .replace(
                "title: Moteur de recherche,", "title: Moteur de recherche (nouvelle version),")
            .replace(OPERATORS, "https://fr.wikipedia.org/wiki/Op%C3%A9rateur_bool%C3%A9en");
    files.put("competences/1.1.yaml", competence.getBytes(StandardCharsets.UTF_8));
    files.put("pack.yaml", SmallPack.PACK.formatted("tutos-2").getBytes(StandardCharsets.UTF_8));
    return files;
  }
}
