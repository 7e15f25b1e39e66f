package org.opencrcn.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The access inventory ({@code docs/access-matrix.txt}) read as the matrix tests use it: its lines,
 * and what each rule expects for each role on a target of their own (A) or of someone else (B).
 */
public final class AccessRules {
  /** The inventory, from the integration-tests module (the build's working directory). */
  public static final Path INVENTORY = Path.of("../docs/access-matrix.txt");

  private AccessRules() {}

  /** The roles every entry is tried as. */
  public enum Role {
    ANONYMOUS,
    LEARNER,
    MEMBER_OF_A,
    ADMIN_OF_A,
    OFFICER_OF_A,
    PLATFORM_ADMIN
  }

  /**
   * Where the target's id comes from: none given, one of the caller's side (school A, centre A,
   * their own record), or one of another organisation, centre or person (B).
   */
  public enum Side {
    NONE,
    A,
    B
  }

  /** What the rule says of a case; NOT_TRIED when the roles here cannot hold it (see who). */
  public enum Expected {
    ALLOWED,
    DENIED,
    NOT_TRIED
  }

  /** One line of the inventory. */
  public record Entry(String kind, String name, String who, String target) {
    public boolean hasTarget() {
      return !target.equals("-");
    }

    @Override
    public String toString() {
      return kind + " " + name + " (" + who + ")";
    }
  }

  public static List<Entry> read(Path inventory) {
    try {
      return parse(Files.readAllLines(inventory));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Entry> read(InputStream inventory) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(inventory, StandardCharsets.UTF_8))) {
      return parse(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Entry> parse(List<String> lines) {
    return lines.stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(line -> line.split("\\s+"))
        .map(columns -> new Entry(columns[0], columns[1], columns[2], columns[3]))
        .toList();
  }

  /**
   * What the rule allows. The roles here hold no mailed link and no ENT affiliation: a {@code
   * link-holder} entry is tried as a signed-in person without the secret (a page then says the link
   * is not valid), an {@code ent-school} entry must refuse them all, an {@code internal} one is not
   * tried.
   */
  public static Expected expected(String who, Role role, Side side) {
    boolean signedIn = role != Role.ANONYMOUS;
    boolean onOwnSide = side != Side.B;
    return switch (who) {
      case "anonymous" -> Expected.ALLOWED;
      case "signed-in", "link-holder" -> allowedIf(signedIn);
      case "self" -> allowedIf(signedIn && onOwnSide);
      case "ent-school" -> Expected.DENIED;
      case "org-member" ->
          allowedIf(onOwnSide && (role == Role.MEMBER_OF_A || role == Role.ADMIN_OF_A));
      case "org-admin" -> allowedIf(onOwnSide && role == Role.ADMIN_OF_A);
      case "centre-officer" -> allowedIf(onOwnSide && role == Role.OFFICER_OF_A);
      // Centre A is school A's SCO centre: the school's administrators are its members too.
      case "centre-member" ->
          allowedIf(onOwnSide && (role == Role.OFFICER_OF_A || role == Role.ADMIN_OF_A));
      case "platform-admin" -> allowedIf(role == Role.PLATFORM_ADMIN);
      case "internal" -> Expected.NOT_TRIED;
      default -> throw new IllegalArgumentException("Unknown rule " + who);
    };
  }

  private static Expected allowedIf(boolean allowed) {
    return allowed ? Expected.ALLOWED : Expected.DENIED;
  }
}
