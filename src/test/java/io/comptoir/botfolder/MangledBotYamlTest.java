package io.comptoir.botfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever an author does to a bot.yaml (a deleted, duplicated or re-indented line, a cut file, a stray character),
 * checking it gives problems with a line, never an exception. Mutations are seeded, so the test is deterministic.
 */
class MangledBotYamlTest {
    private static final int MUTATIONS = 250;

    @ParameterizedTest
    @ValueSource(strings = {"agence-web", "boutique-velo", "helpdesk-saas"})
    void a_mangled_bot_yaml_gives_problems_never_an_exception(String id) throws IOException {
        Path dir = Path.of("examples", id);
        String yaml = Files.readString(dir.resolve("bot.yaml"));
        Random random = new Random(id.hashCode());
        int withProblems = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            String mangled = mutate(yaml, random);
            MemoryBotFiles files = new MemoryBotFiles().with("bot.yaml", mangled);
            for (String f : List.of("faq.md", "catalog.csv", "synonyms.txt")) {
                if (Files.exists(dir.resolve(f))) files.with(f, Files.readString(dir.resolve(f)));
            }
            LoadResult[] result = new LoadResult[1];
            assertThatCode(() -> result[0] = new BotFolderLoader().check(files)).as(mangled).doesNotThrowAnyException();
            if (!result[0].ok()) {
                withProblems++;
                assertThat(result[0].problems()).allSatisfy(p -> {
                    assertThat(p.file()).isNotBlank();
                    assertThat(p.message()).isNotBlank().doesNotContain("Exception");
                });
            }
        }
        assertThat(withProblems).as("most mutations break something").isGreaterThan(MUTATIONS / 3);
    }

    private static String mutate(String yaml, Random random) {
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        int at = random.nextInt(lines.size());
        switch (random.nextInt(6)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(at));
            case 2 -> lines.set(at, " " + lines.get(at));
            case 3 -> lines.set(at, lines.get(at).replaceFirst("^  ", ""));
            case 4 -> {
                String l = lines.get(at);
                int pos = l.isEmpty() ? 0 : random.nextInt(l.length());
                lines.set(at, l.substring(0, pos) + "\"{[:-&*!|>%@`#,]}".charAt(random.nextInt(17)) + l.substring(pos));
            }
            default -> {
                return yaml.substring(0, random.nextInt(yaml.length()));
            }
        }
        return String.join("\n", lines);
    }
}
