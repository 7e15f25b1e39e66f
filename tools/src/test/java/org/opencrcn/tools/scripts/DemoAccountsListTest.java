package org.opencrcn.tools.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo accounts are listed once, in the README's tables, which ./run.sh's banner prints
 * (scripts/lib.sh, opencrcn_readme_table): those tables name exactly the users of the realms.
 */
class DemoAccountsListTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @ParameterizedTest(name = "table {0}: {1}")
  @CsvSource({"1, opencrcn-realm.json", "2, ent-demo-realm.json"})
  @DisplayName("The banner's list (the README's table) names every user of the realm, no other")
  void bannerListsTheRealmUsers(int table, String realm) throws Exception {
    List<String> listed =
        bannerRows(table).stream()
            .map(row -> row.split(" \\| ")[0])
            .flatMap(cell -> Arrays.stream(cell.split(", ")))
            .toList();

    assertThat(listed).containsExactlyInAnyOrderElementsOf(realmUsers(realm));
  }

  private static List<String> bannerRows(int table) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                "bash", "-c", ". scripts/lib.sh && opencrcn_readme_table 'Demo accounts' " + table)
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    return output.lines().toList();
  }

  private static List<String> realmUsers(String file) throws IOException {
    JsonNode realm =
        new ObjectMapper()
            .readTree(Files.readString(ROOT.resolve("keycloak-realm/src/main/realm/" + file)));
    // A client's service account is no person: not a demo account.
    return StreamSupport.stream(realm.get("users").spliterator(), false)
        .filter(user -> !user.has("serviceAccountClientId"))
        .map(user -> user.get("username").asText())
        .toList();
  }
}
