package org.opencrcn.referential.domain.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.opencrcn.referential.domain.content.TargetProfileCategory;

/** A target profile (parcours) as imported; inactive once a new pack version drops it. */
@Entity
@Table(name = "target_profile")
public class CatalogTargetProfile {
  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TargetProfileCategory category;

  private String description;

  @Column(nullable = false)
  private boolean active;

  @ElementCollection
  @CollectionTable(
      name = "target_profile_tube",
      joinColumns = @JoinColumn(name = "target_profile_id"))
  private List<TargetedTube> tubes = new ArrayList<>();

  /** A tube of the profile with its highest targeted level. */
  @Embeddable
  public record TargetedTube(
      @Column(name = "tube_name") String tubeName, @Column(name = "max_level") int maxLevel) {}

  protected CatalogTargetProfile() {}

  public CatalogTargetProfile(String id) {
    this.id = id;
  }

  public void update(
      String name, TargetProfileCategory category, String description, List<TargetedTube> tubes) {
    this.name = name;
    this.category = category;
    this.description = description;
    this.active = true;
    this.tubes.clear();
    this.tubes.addAll(tubes);
  }

  public void deactivate() {
    active = false;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public boolean active() {
    return active;
  }

  public TargetProfileCategory category() {
    return category;
  }

  public String description() {
    return description;
  }

  public List<TargetedTube> tubes() {
    return List.copyOf(tubes);
  }
}
