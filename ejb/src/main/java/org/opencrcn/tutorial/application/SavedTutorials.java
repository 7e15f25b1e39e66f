package org.opencrcn.tutorial.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.referential.application.TutorialCatalog;
import org.opencrcn.referential.application.TutorialCatalog.CompetenceName;
import org.opencrcn.referential.application.TutorialCatalog.Tutorial;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;
import org.opencrcn.tutorial.domain.SavedTutorial;
import org.opencrcn.tutorial.domain.TutorialDetails;
import org.opencrcn.tutorial.infrastructure.SavedTutorialRepository;

/**
 * "Mes tutos": a learner saves the tutorials a checkpoint recommends and finds them again. Only
 * catalogue tutorials can be saved (their addresses were checked at import, so no page ever links
 * to an address a browser sent), and a learner only reads or changes their own.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class SavedTutorials {
  @Inject private CallerAccount caller;
  @Inject private SavedTutorialRepository saved;
  @Inject private TutorialCatalog catalog;

  /** Saves the skill's tutorial at that address for the caller; saving it again changes nothing. */
  public long save(@NotBlank String skillName, @NotBlank String url) {
    long account = caller.id().orElseThrow(() -> new AccessDeniedException("No account"));
    return saved
        .findByAccountAndUrl(account, url)
        .orElseGet(
            () -> {
              Tutorial tutorial =
                  catalog
                      .find(skillName, url)
                      .orElseThrow(() -> new TutorialNotFoundException(skillName, url));
              TutorialDetails details =
                  new TutorialDetails(
                      tutorial.title(), tutorial.format(), tutorial.durationMinutes());
              return saved.add(new SavedTutorial(account, url, skillName, details, Instant.now()));
            })
        .id();
  }

  /** Removes the tutorial at that address from the caller's, if it is there. */
  public void unsave(@NotBlank String url) {
    caller
        .id()
        .flatMap(account -> saved.findByAccountAndUrl(account, url))
        .ifPresent(saved::remove);
  }

  /**
   * Removes one of the caller's saved tutorials; someone else's is refused, one already removed is
   * ignored.
   */
  public void remove(long savedTutorialId) {
    long account = caller.id().orElseThrow(() -> new AccessDeniedException("No account"));
    Optional<SavedTutorial> found = saved.find(savedTutorialId);
    if (found.isPresent() && !found.get().belongsTo(account)) {
      throw new AccessDeniedException("Not the caller's saved tutorial: " + savedTutorialId);
    }
    found.ifPresent(saved::remove);
  }

  /**
   * The caller's saved tutorials, the latest first, with the current title, format and duration
   * when the content still has the tutorial, and the ones saved otherwise.
   */
  public List<SavedTutorialView> list(@NotNull Locale locale) {
    List<SavedTutorial> mine = caller.id().map(saved::findByAccount).orElse(List.of());
    Set<String> skills = mine.stream().map(SavedTutorial::skillName).collect(Collectors.toSet());
    Map<Map.Entry<String, String>, Tutorial> current =
        catalog.ofSkills(skills).stream()
            .collect(
                Collectors.toMap(
                    t -> Map.entry(t.skillName(), t.url()),
                    Function.identity(),
                    (first, same) -> first));
    Map<String, CompetenceName> competences = catalog.competencesOf(skills, locale);
    return mine.stream()
        .map(
            s ->
                SavedTutorialView.of(
                    s,
                    Optional.ofNullable(current.get(Map.entry(s.skillName(), s.url()))),
                    competences.get(s.skillName())))
        .toList();
  }

  /** The addresses, among these, of the tutorials the caller has saved. */
  public Set<String> savedAmong(@NotNull Collection<String> urls) {
    return caller.id().map(saved::findByAccount).orElse(List.of()).stream()
        .map(SavedTutorial::url)
        .filter(urls::contains)
        .collect(Collectors.toSet());
  }
}
