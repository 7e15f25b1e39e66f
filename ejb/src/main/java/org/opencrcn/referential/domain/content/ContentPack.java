package org.opencrcn.referential.domain.content;

import java.util.List;

/**
 * A whole content pack: what pack.yaml says, the competences' content, the target profiles, the
 * discovery tests.
 */
public record ContentPack(
    String id,
    String version,
    String title,
    List<String> locales,
    List<CompetenceContent> competences,
    List<TargetProfile> targetProfiles,
    List<DiscoveryTest> discoveryTests) {}
