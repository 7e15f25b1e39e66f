package org.opencrcn.web.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContentFileAddressTest {
  private static final String SHA = "0123456789abcdef".repeat(4);

  @Test
  @DisplayName("/<sha256>/<name> gives the hash and the name a download gets")
  void hashAndName() {
    assertThat(ContentFileAddress.parse("/" + SHA + "/Relevé notes.csv"))
        .contains(new ContentFileAddress(SHA, "Relevé notes.csv"));
  }

  @Test
  @DisplayName(
      "Without a usable name, the hash names the download; without a hash, nothing is asked")
  void missingParts() {
    assertThat(ContentFileAddress.parse("/" + SHA)).contains(new ContentFileAddress(SHA, SHA));
    assertThat(ContentFileAddress.parse("/" + SHA + "/a/b.csv"))
        .contains(new ContentFileAddress(SHA, SHA));
    assertThat(ContentFileAddress.parse(null)).isEmpty();
    assertThat(ContentFileAddress.parse("/")).isEmpty();
    assertThat(ContentFileAddress.parse("//x.csv")).isEmpty();
  }
}
