package org.opencrcn.referential.domain.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.opencrcn.referential.domain.content.DiscoveryTest.Device;

/**
 * A discovery test as imported, its skills in the order they are asked; inactive once a new pack
 * drops it.
 */
@Entity
@Table(name = "discovery_test")
@NamedQuery(
    name = "CatalogDiscoveryTest.active",
    // The skills come in the same statement: the learner's dashboard lists these tests.
    query =
        "select distinct t from CatalogDiscoveryTest t left join fetch t.skillNames"
            + " where t.active = true order by t.device, t.id")
public class CatalogDiscoveryTest {
  @Id private String id;

  @Column(nullable = false)
  private String title;

  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Device device;

  @Column(nullable = false)
  private boolean active;

  @ElementCollection
  @CollectionTable(
      name = "discovery_test_skill",
      joinColumns = @JoinColumn(name = "discovery_test_id"))
  @OrderColumn(name = "position")
  @Column(name = "skill_name", nullable = false)
  private List<String> skillNames = new ArrayList<>();

  protected CatalogDiscoveryTest() {}

  public CatalogDiscoveryTest(String id) {
    this.id = id;
  }

  public void update(String title, String description, Device device, List<String> skillNames) {
    this.title = title;
    this.description = description;
    this.device = device;
    this.active = true;
    this.skillNames.clear();
    this.skillNames.addAll(skillNames);
  }

  public void deactivate() {
    active = false;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public Device device() {
    return device;
  }

  public boolean active() {
    return active;
  }

  public List<String> skillNames() {
    return List.copyOf(skillNames);
  }
}
