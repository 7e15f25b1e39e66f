package org.opencrcn.web.brand;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.opencrcn.shared.Settings;

/**
 * The academy's brand, read once from the settings: {@code OPENCRCN_BRAND_NAME} (default OpenCRCN),
 * {@code OPENCRCN_BRAND_COLOR} ({@code #rrggbb}, default OpenCRCN's blue) and {@code
 * OPENCRCN_BRAND_LOGO} (a PNG, SVG, JPEG or WebP file on the server). A wrong value stops the
 * deployment with the setting's name rather than showing unreadable buttons.
 */
@Named
@ApplicationScoped
public class Brand {
  static final String DEFAULT_NAME = "OpenCRCN";
  static final String DEFAULT_COLOUR = "#1d3f8f";

  private String name;
  private BrandColour colour;
  private Optional<Path> logo;

  @PostConstruct
  void read() {
    name = Settings.text("opencrcn.brand.name").orElse(DEFAULT_NAME);
    colour = colour(Settings.text("opencrcn.brand.color").orElse(DEFAULT_COLOUR));
    logo = Settings.text("opencrcn.brand.logo").map(Brand::logoFile);
  }

  private static BrandColour colour(String value) {
    try {
      return BrandColour.parse(value);
    } catch (IllegalArgumentException refused) {
      throw new IllegalStateException(
          "Setting opencrcn.brand.color (OPENCRCN_BRAND_COLOR): " + refused.getMessage(), refused);
    }
  }

  private static Path logoFile(String value) {
    Path file = Path.of(value);
    if (!Files.isReadable(file) || BrandLogoServlet.contentType(file).isEmpty()) {
      throw new IllegalStateException(
          "Setting opencrcn.brand.logo (OPENCRCN_BRAND_LOGO): not a readable PNG, SVG, JPEG or WebP"
              + " file: "
              + value);
    }
    return file;
  }

  public String getName() {
    return name;
  }

  public BrandColour colour() {
    return colour;
  }

  public boolean hasLogo() {
    return logo.isPresent();
  }

  public Optional<Path> logo() {
    return logo;
  }
}
