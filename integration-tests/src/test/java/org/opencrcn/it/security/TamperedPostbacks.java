package org.opencrcn.it.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.opencrcn.it.support.AccessRules;
import org.opencrcn.it.support.AccessRules.Entry;
import org.opencrcn.it.support.AccessRules.Role;
import org.opencrcn.it.support.HttpSignIn;
import org.opencrcn.it.support.Urls;

/**
 * The actions of the inventory that act on an organisation, each posted as a person of school A
 * would from school A's page (the form as the server rendered it: view state, nonce, fields), with
 * school B's id slipped into the form's fields ({@code organization}, the page's view parameter,
 * which Faces applies again on a postback). A leak is school B's data in the answer, or school B
 * changed (its administrator's pages show the tampered invitation). An action whose button the page
 * does not show here (no row to act on, a multipart upload) is not tried and is listed.
 */
final class TamperedPostbacks {
  private static final Path WEBAPP = Path.of("../web/src/main/webapp");
  private static final Pattern FORM_START = Pattern.compile("<h:form\\b[^>]*\\bid=\"([^\"]+)\"");
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern SELECT =
      Pattern.compile(
          "<select\\b[^>]*name=\"([^\"]+)\"[^>]*>.*?<option[^>]*value=\"([^\"]*)\"",
          Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("\\b([\\w-]+)=\"([^\"]*)\"");

  private final AccessMatrixIT.MatrixWorld world;
  private final MatrixReport report;
  private final String tamperedEmail =
      "matrice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

  TamperedPostbacks(AccessMatrixIT.MatrixWorld world, MatrixReport report) {
    this.world = world;
    this.report = report;
  }

  /** Where a page binds an action: the page, its form's id and the button's id. */
  record Binding(String page, String formId, String buttonId) {}

  void run() {
    for (Entry entry : AccessRules.read(AccessRules.INVENTORY)) {
      if (entry.kind().equals("action") && entry.target().equals("organization")) {
        Role role = entry.who().equals("org-admin") ? Role.ADMIN_OF_A : Role.MEMBER_OF_A;
        Optional<Binding> binding = binding(entry.name());
        if (binding.isEmpty() || !tamper(entry, role, binding.get())) {
          System.out.println("not tried (no button on school A's page): " + entry);
        }
      }
    }
    HttpSignIn.Page membersOfB =
        world.adminOfB().open(Urls.app("/orga/membres.xhtml?organization=" + world.schoolB.id()));
    report.judged(
        "school B's members page after the tampered posts shows no invitation sent from A",
        membersOfB.html().contains(tamperedEmail));
  }

  /** Posts the action's form of school A's page with school B's id; false when not reachable. */
  private boolean tamper(Entry entry, Role role, Binding binding) {
    HttpSignIn http = world.client(role);
    HttpSignIn.Page page =
        http.open(Urls.app(binding.page() + "?organization=" + world.schoolA.id()));
    Optional<String> form = formBlock(page.html(), binding.formId());
    if (form.isEmpty() || form.get().contains("multipart/form-data")) {
      return false;
    }
    Matcher button =
        Pattern.compile("name=\"([^\"]*:" + Pattern.quote(binding.buttonId()) + ")\"")
            .matcher(form.get());
    if (!button.find()) {
      return false;
    }
    Map<String, String> fields = fields(form.get(), button.group(1));
    fields.put("organization", Long.toString(world.schoolB.id()));
    Matcher action = Pattern.compile("\\baction=\"([^\"]*)\"").matcher(form.get());
    String target =
        action.find()
            ? page.uri().resolve(action.group(1).replace("&amp;", "&")).toString()
            : page.uri().toString();
    HttpSignIn.Page answer = http.post(target, fields);
    boolean leaked =
        AccessMatrixIT.outcome(answer, binding.page()).served()
            && (answer.html().contains(world.schoolB.name())
                || answer.html().contains(world.pupilOfB));
    report.judged(entry + " as " + role + " with school B's id in the form", leaked);
    return true;
  }

  /** The form's fields as rendered (hidden and typed ones filled), and the one button pressed. */
  private Map<String, String> fields(String form, String pressed) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      Map<String, String> attributes = attributes(input.group());
      String name = attributes.get("name");
      String type = attributes.getOrDefault("type", "text");
      if (name == null || (type.equals("submit") && !name.equals(pressed))) {
        continue;
      }
      switch (type) {
        case "radio", "checkbox" ->
            fields.putIfAbsent(name, attributes.getOrDefault("value", "on"));
        case "email" -> fields.put(name, tamperedEmail);
        default ->
            fields.put(
                name,
                name.endsWith(":email") ? tamperedEmail : attributes.getOrDefault("value", "x"));
      }
    }
    Matcher select = SELECT.matcher(form);
    while (select.find()) {
      fields.putIfAbsent(select.group(1), select.group(2));
    }
    return fields;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(tag);
    while (attribute.find()) {
      attributes.put(attribute.group(1), attribute.group(2));
    }
    return attributes;
  }

  private static Optional<String> formBlock(String html, String formId) {
    int start = html.indexOf("<form id=\"" + formId + "\"");
    if (start < 0) {
      return Optional.empty();
    }
    int end = html.indexOf("</form>", start);
    return Optional.of(html.substring(start, end < 0 ? html.length() : end));
  }

  /** The first tag of a page (WEB-INF aside) binding that action, with its id and its form's id. */
  private static Optional<Binding> binding(String action) {
    Pattern tag =
        Pattern.compile(
            "<[\\w:]+\\b[^>]*?\\bid=\"([^\"]+)\"[^>]*?\\b(?:action|actionListener|listener)=\"#\\{"
                + Pattern.quote(action)
                + "\\b|<[\\w:]+\\b[^>]*?\\b(?:action|actionListener|listener)=\"#\\{"
                + Pattern.quote(action)
                + "\\b[^>]*?\\bid=\"([^\"]+)\"");
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
        String source = Files.readString(file);
        Matcher found = tag.matcher(source);
        if (file.startsWith(WEBAPP.resolve("WEB-INF")) || !found.find()) {
          continue;
        }
        String buttonId = found.group(1) != null ? found.group(1) : found.group(2);
        List<String> forms =
            FORM_START
                .matcher(source.substring(0, found.start()))
                .results()
                .map(result -> result.group(1))
                .toList();
        if (!forms.isEmpty()) {
          String page = "/" + WEBAPP.relativize(file).toString().replace('\\', '/');
          return Optional.of(new Binding(page, forms.get(forms.size() - 1), buttonId));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.empty();
  }
}
