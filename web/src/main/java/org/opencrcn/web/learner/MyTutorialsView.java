package org.opencrcn.web.learner;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.opencrcn.tutorial.application.SavedTutorialView;
import org.opencrcn.tutorial.application.SavedTutorials;
import org.opencrcn.web.shared.LanguageSelection;

/** "Mes tutos": the tutorials the learner saved, to open again or remove. */
@Named
@ViewScoped
public class MyTutorialsView implements Serializable {
  private static final long serialVersionUID = 1L;
  // The platform serves French academies: dates are those of Paris.
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Inject private SavedTutorials savedTutorials;
  @Inject private LanguageSelection language;
  private List<SavedTutorialView> tutorials;
  private TutorialNotice notice;

  @PostConstruct
  void load() {
    tutorials = savedTutorials.list(language.getLocale());
  }

  /** Removes the tutorial (one this view listed, never an id the browser sends) and lists again. */
  public void remove(SavedTutorialView tutorial) {
    savedTutorials.remove(tutorial.id());
    notice = new TutorialNotice("tutos.removed", tutorial.title());
    load();
  }

  public String savedOn(SavedTutorialView tutorial) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language.getLocale())
        .withZone(PARIS)
        .format(tutorial.savedAt());
  }

  public List<SavedTutorialView> getTutorials() {
    return tutorials;
  }

  public TutorialNotice getNotice() {
    return notice;
  }
}
