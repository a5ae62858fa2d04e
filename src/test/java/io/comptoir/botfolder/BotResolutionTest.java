package io.comptoir.botfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.comptoir.ComptoirException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BotResolutionTest {
    @Test
    void a_bot_loads_from_the_classpath_copy_of_the_examples() {
        ClasspathBotFiles files = new ClasspathBotFiles("examples/helpdesk-saas");
        assertThat(files.read("bot.yaml")).isPresent();
        assertThat(new BotFolderLoader().load(files).id()).isEqualTo("helpdesk-saas");
    }

    @Test
    void the_bundled_examples_are_listed() {
        assertThat(Bots.bundled()).contains("agence-web", "boutique-velo", "helpdesk-saas");
    }

    @Test
    void an_existing_directory_wins_over_an_example_id() {
        BotFiles files = Bots.resolve("examples/agence-web");
        assertThat(files).isInstanceOf(DirectoryBotFiles.class);
        assertThat(((DirectoryBotFiles) files).directory()).isEqualTo(Path.of("examples/agence-web"));
    }

    @Test
    void an_example_id_resolves_to_the_local_examples_folder() {
        assertThat(Bots.resolve("agence-web")).isInstanceOf(DirectoryBotFiles.class);
    }

    @Test
    void an_unknown_bot_is_not_found_with_the_examples_named() {
        assertThatThrownBy(() -> Bots.resolve("no-such-bot"))
                .isInstanceOf(ComptoirException.NotFound.class)
                .hasMessageContaining("agence-web");
    }
}
