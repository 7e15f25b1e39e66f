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
 * The actions of the inventory that act on an organisation, a centre or a certification session,
 * each posted as a person of school A (or the officer of centre A) would from A's page (the form as
 * the server rendered it: view state, nonce, fields), with B's id slipped into the form's fields
 * (the page's view parameter {@code organization}, {@code centre} or {@code session}, which Faces
 * applies again on a postback), as a forged post would. School A has a row of every kind (a pending
 * invitation, a join request, a member, a session with a candidate), so that every row's button is
 * on its page; a confirmation's button (confirm a removal, a deletion) is reached by pressing the
 * first button untampered; uploads (the SIECLE file, candidates and sessions files) are posted as
 * multipart forms. A row's record is the one the server rendered on A's page (Faces keeps rows on
 * the server: a post names a row only by its position in A's list), so the forgeable id is the view
 * parameter. A leak is B's data in the answer, or B changed: B's rows (members, invitations, join
 * requests, pupils, imports, campaigns; the centre's members, sessions and candidates) are read
 * before and after every post. An action whose button is nowhere on A's page is listed as not
 * tried.
 */
final class TamperedPostbacks {
  private static final Path WEBAPP = Path.of("../web/src/main/webapp");
  private static final Pattern FORM_START = Pattern.compile("<h:form\\b[^>]*\\bid=\"([^\"]+)\"");
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern SELECT =
      Pattern.compile("<select\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern OPTION = Pattern.compile("<option[^>]*value=\"([^\"]*)\"");
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

  /** The view parameter an action's page takes, who of A posts it, and the ids of A and B. */
  private record Target(String parameter, Role role, long idOfA, long idOfB) {}

  /**
   * Buttons shown only once another was pressed (a confirmation, a class's pupils, a candidate's
   * form): that one is pressed first, untampered.
   */
  private static final Map<String, String> SHOWN_AFTER =
      Map.of(
          "membersView.confirmRemoval", "membersView.askRemoval",
          "membersView.cancelRemoval", "membersView.askRemoval",
          "sessionView.delete", "sessionView.askDelete",
          "sessionView.cancelDelete", "sessionView.askDelete",
          "sessionView.cancelEdit", "sessionView.startEdit",
          "sessionView.enrol", "sessionView.showClass");

  private int notTried;

  void run() {
    String schoolBefore = world.data.schoolState(world.schoolB);
    String centreBefore = world.data.centreState(world.centreB);
    for (Entry entry : AccessRules.read(AccessRules.INVENTORY)) {
      Optional<Target> target = target(entry);
      if (entry.kind().equals("action") && target.isPresent()) {
        Optional<Binding> binding = binding(entry.name());
        if (binding.isEmpty() || !tamper(entry, target.get(), binding.get())) {
          notTried++;
          System.out.println("not tried (no button on A's page): " + entry);
        }
      }
    }
    HttpSignIn.Page membersOfB =
        world.adminOfB().open(Urls.app("/orga/membres.xhtml?organization=" + world.schoolB.id()));
    report.judged(
        "school B's members page after the tampered posts shows no invitation sent from A",
        membersOfB.html().contains(tamperedEmail));
    String schoolAfter = world.data.schoolState(world.schoolB);
    report.judged(
        "school B's rows unchanged by the tampered posts: before "
            + schoolBefore
            + " after "
            + schoolAfter,
        !schoolAfter.equals(schoolBefore));
    String centreAfter = world.data.centreState(world.centreB);
    report.judged(
        "centre B's rows unchanged by the tampered posts: before "
            + centreBefore
            + " after "
            + centreAfter,
        !centreAfter.equals(centreBefore));
  }

  /** How many actions had no button on A's page (printed one by one). */
  int notTried() {
    return notTried;
  }

  private Optional<Target> target(Entry entry) {
    return switch (entry.target()) {
      case "organization" ->
          Optional.of(
              new Target(
                  "organization",
                  entry.who().equals("org-admin") ? Role.ADMIN_OF_A : Role.MEMBER_OF_A,
                  world.schoolA.id(),
                  world.schoolB.id()));
      case "centre" ->
          Optional.of(new Target("centre", Role.OFFICER_OF_A, world.centreA, world.centreB));
      case "session" ->
          Optional.of(new Target("session", Role.OFFICER_OF_A, world.sessionA, world.sessionB));
      default -> Optional.empty();
    };
  }

  /** Posts the action's form of A's page with B's id; false when its button is not there. */
  private boolean tamper(Entry entry, Target target, Binding binding) {
    HttpSignIn http = world.client(target.role());
    HttpSignIn.Page opened =
        http.open(Urls.app(binding.page() + "?" + target.parameter() + "=" + target.idOfA()));
    HttpSignIn.Page page = opened;
    String first = SHOWN_AFTER.get(entry.name());
    if (first != null) {
      Optional<HttpSignIn.Page> shown =
          binding(first).flatMap(found -> press(http, opened, found, Map.of()));
      if (shown.isEmpty()) {
        return false;
      }
      page = shown.get();
    }
    Optional<HttpSignIn.Page> answer =
        press(http, page, binding, Map.of(target.parameter(), Long.toString(target.idOfB())));
    if (answer.isEmpty()) {
      return false;
    }
    String html = answer.get().html();
    boolean leaked =
        AccessMatrixIT.outcome(answer.get(), binding.page()).served()
            && (html.contains(world.schoolB.name())
                || html.contains(world.pupilOfB)
                || html.contains(world.candidateOfB)
                || html.contains(world.sessionNameOfB));
    report.judged(
        entry + " as " + target.role() + " with B's " + target.parameter() + " in the form",
        leaked);
    return true;
  }

  /**
   * Presses the button of that form on the page, the form's fields as rendered with these values
   * put over them; empty when the page does not show the button.
   */
  private Optional<HttpSignIn.Page> press(
      HttpSignIn http, HttpSignIn.Page page, Binding binding, Map<String, String> tampered) {
    Optional<String> form = formBlock(page.html(), binding.formId());
    if (form.isEmpty()) {
      return Optional.empty();
    }
    Matcher button =
        Pattern.compile("name=\"([^\"]*:" + Pattern.quote(binding.buttonId()) + ")\"")
            .matcher(form.get());
    if (!button.find()) {
      return Optional.empty();
    }
    Map<String, String> fields = fields(form.get(), button.group(1));
    fields.putAll(tampered);
    Matcher action = Pattern.compile("\\baction=\"([^\"]*)\"").matcher(form.get());
    String address =
        action.find()
            ? page.uri().resolve(action.group(1).replace("&amp;", "&")).toString()
            : page.uri().toString();
    if (!form.get().contains("multipart/form-data")) {
      return Optional.of(http.post(address, fields));
    }
    Map<String, String> files = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form.get());
    while (input.find()) {
      Map<String, String> attributes = attributes(input.group());
      if ("file".equals(attributes.get("type")) && attributes.containsKey("name")) {
        files.put(
            attributes.get("name"),
            binding.page().startsWith("/orga") ? "siecle.xml" : "candidats.csv");
      }
    }
    byte[] content = binding.page().startsWith("/orga") ? siecleFile() : CSV;
    return Optional.of(http.postMultipart(address, fields, files, content));
  }

  /**
   * A few lines of the form the Certif imports read: whatever they make of it stays in A, or
   * nowhere.
   */
  private static final byte[] CSV =
      "Nom;Prénom;Date de naissance\nMatrice;Zed;01/02/2010\n"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);

  /** A real SIECLE export (the demo school's): a school's upload as its administrator sends it. */
  private static byte[] siecleFile() {
    try (java.io.InputStream in =
        TamperedPostbacks.class.getResourceAsStream("/siecle/college-jean-moulin.xml")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The form's fields as rendered (hidden and typed ones filled), and the one button pressed. */
  private Map<String, String> fields(String form, String pressed) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      Map<String, String> attributes = attributes(input.group());
      String name = attributes.get("name");
      String type = attributes.getOrDefault("type", "text");
      if (name == null || type.equals("file") || (type.equals("submit") && !name.equals(pressed))) {
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
      // The first real choice (a class, a type), not the "choose…" placeholder.
      Matcher option = OPTION.matcher(select.group(2));
      String value = "";
      while (option.find() && value.isEmpty()) {
        value = option.group(1);
      }
      fields.putIfAbsent(select.group(1), value);
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
