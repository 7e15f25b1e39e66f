package org.opencrcn.referential.domain.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A whole content pack: what pack.yaml says, the competences' content, the target profiles, the
 * discovery tests, and the files of its files/ folder by path ("files/ventes.csv").
 */
public record ContentPack(
    String id,
    String version,
    String title,
    List<String> locales,
    List<CompetenceContent> competences,
    List<TargetProfile> targetProfiles,
    List<DiscoveryTest> discoveryTests,
    Map<String, PackFile> files) {

  public Optional<PackFile> file(String path) {
    return Optional.ofNullable(files.get(path));
  }

  /** The paths of the files its challenges refer to, each once. */
  public Set<String> referencedFiles() {
    Set<String> paths = new TreeSet<>();
    competences.stream()
        .flatMap(competence -> competence.tubes().stream())
        .flatMap(tube -> tube.skills().stream())
        .flatMap(skill -> skill.challenges().stream())
        .forEach(challenge -> paths.addAll(challenge.packFiles()));
    return paths;
  }
}
