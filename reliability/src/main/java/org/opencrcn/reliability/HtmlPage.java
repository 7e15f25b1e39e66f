package org.opencrcn.reliability;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page as a browser received it, and the little HTML reading the simulated learners need: forms
 * with their inputs, links, and the challenge a question page shows. Regular expressions suffice:
 * the pages are the application's and Keycloak's own, well-formed templates.
 */
public record HtmlPage(int status, URI uri, String html) {
  private static final Pattern FORM =
      Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern INPUT =
      Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK = Pattern.compile("<a\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z][\\w:.-]*)=\"([^\"]*)\"");
  private static final Pattern CHALLENGE = Pattern.compile("data-challenge=\"([^\"]+)\"");

  /** One input of a form: its type (lower case, "text" when absent), name and value. */
  public record Input(String type, String name, String value) {}

  /** A form: its id, the address it posts to and its inputs in document order. */
  public record Form(String id, URI action, List<Input> inputs) {
    /** The hidden inputs (Faces' form marker and view state, Keycloak's own). */
    public Map<String, String> hiddenFields() {
      Map<String, String> fields = new LinkedHashMap<>();
      inputs.stream()
          .filter(input -> input.type().equals("hidden") && !input.name().isEmpty())
          .forEach(input -> fields.put(input.name(), input.value()));
      return fields;
    }

    /** The submit button whose name ends with the suffix (Faces prefixes ids with containers). */
    public Optional<Input> button(String nameSuffix) {
      return inputs.stream()
          .filter(input -> input.type().equals("submit") && input.name().endsWith(nameSuffix))
          .findFirst();
    }
  }

  public String path() {
    return uri.getPath() == null ? "" : uri.getPath();
  }

  /** The value of a query parameter of the page's address. */
  public Optional<String> queryParameter(String name) {
    String query = uri.getRawQuery();
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).equals(name)) {
        return Optional.of(pair.substring(equals + 1));
      }
    }
    return Optional.empty();
  }

  /** The challenge a question page shows ({@code data-challenge} of its article). */
  public Optional<String> challengeId() {
    Matcher matcher = CHALLENGE.matcher(html);
    return matcher.find() ? Optional.of(decode(matcher.group(1))) : Optional.empty();
  }

  public List<Form> forms() {
    return forms(html);
  }

  /** The first form whose id matches. */
  public Optional<Form> form(Predicate<String> id) {
    return forms().stream().filter(form -> id.test(form.id())).findFirst();
  }

  /** The forms inside one part of the page, from the marker (e.g. {@code id="tile-1.1"}) on. */
  public List<Form> formsAfter(String marker, String endMarker) {
    int start = html.indexOf(marker);
    if (start < 0) {
      return List.of();
    }
    int end = html.indexOf(endMarker, start);
    return forms(html.substring(start, end < 0 ? html.length() : end));
  }

  /** The address of the first link whose attributes match. */
  public Optional<URI> link(Predicate<Map<String, String>> attributes) {
    Matcher matcher = LINK.matcher(html);
    while (matcher.find()) {
      Map<String, String> parsed = attributes(matcher.group(1));
      if (parsed.containsKey("href") && attributes.test(parsed)) {
        return Optional.of(uri.resolve(parsed.get("href")));
      }
    }
    return Optional.empty();
  }

  private List<Form> forms(String part) {
    List<Form> forms = new ArrayList<>();
    Matcher matcher = FORM.matcher(part);
    while (matcher.find()) {
      Map<String, String> attributes = attributes(matcher.group(1));
      List<Input> inputs = new ArrayList<>();
      Matcher input = INPUT.matcher(matcher.group(2));
      while (input.find()) {
        Map<String, String> parsed = attributes(input.group(1));
        inputs.add(
            new Input(
                parsed.getOrDefault("type", "text").toLowerCase(java.util.Locale.ROOT),
                parsed.getOrDefault("name", ""),
                parsed.getOrDefault("value", "")));
      }
      String action = attributes.getOrDefault("action", "");
      forms.add(
          new Form(
              attributes.getOrDefault("id", attributes.getOrDefault("name", "")),
              action.isEmpty() ? uri : uri.resolve(action),
              List.copyOf(inputs)));
    }
    return forms;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher matcher = ATTRIBUTE.matcher(tag);
    while (matcher.find()) {
      attributes.putIfAbsent(
          matcher.group(1).toLowerCase(java.util.Locale.ROOT), decode(matcher.group(2)));
    }
    return attributes;
  }

  /** The HTML entities the templates write in attribute values. */
  static String decode(String text) {
    Matcher numeric = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(text);
    String decoded =
        numeric.replaceAll(
            entity ->
                Matcher.quoteReplacement(
                    Character.toString(
                        Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16))));
    return decoded
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
