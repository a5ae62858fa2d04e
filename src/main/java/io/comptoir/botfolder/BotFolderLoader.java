package io.comptoir.botfolder;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.CatalogItem;
import io.comptoir.bot.CatalogSchema;
import io.comptoir.bot.FaqEntry;
import io.comptoir.bot.Knowledge;
import io.comptoir.understanding.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a bot folder (bot.yaml, faq.md, catalog.csv, synonyms.txt) into a validated {@link BotDefinition}.
 * Every problem of every file is collected, so an author fixes them all in one pass; the definition exists only
 * when there is none.
 */
public final class BotFolderLoader {
    public static final String FAQ = "faq.md";
    public static final String SYNONYMS = "synonyms.txt";

    /** The definition, or an {@link InvalidBotException} listing every problem. */
    public BotDefinition load(BotFiles files) {
        return check(files).orThrow();
    }

    /** Loads the bot folder at {@code dir}. */
    public BotDefinition load(Path dir) {
        return load(new DirectoryBotFiles(dir));
    }

    /** Reads and checks the folder without throwing on problems (what {@code comptoir validate} prints). */
    public LoadResult check(BotFiles files) {
        List<Problem> problems = new ArrayList<>();
        Optional<String> yaml = read(files, BotYamlReader.FILE, problems);
        if (!problems.isEmpty()) return new LoadResult(files.location(), Optional.empty(), problems);
        if (yaml.isEmpty()) {
            problems.add(new Problem(BotYamlReader.FILE, 0, "not found in " + files.location()
                    + "; every bot folder needs one (create a starter bot with `comptoir init DIR --lang fr`)"));
            return new LoadResult(files.location(), Optional.empty(), problems);
        }
        BotYamlReader.BotYaml bot = new BotYamlReader(problems).read(yaml.get());
        Knowledge knowledge = knowledge(files, bot, problems);
        if (!problems.isEmpty() || bot == null) {
            return new LoadResult(files.location(), Optional.empty(), problems);
        }
        BotDefinition definition = new BotDefinition(bot.id(), bot.name(), bot.language(), bot.tone(), bot.welcome(),
                bot.disclosure(), bot.offer(), bot.region(), bot.scope(), bot.questions(), bot.cta(), bot.scoring(),
                bot.jargon(), bot.kpis(), knowledge, bot.recommendation(), bot.delivery());
        return new LoadResult(files.location(), Optional.of(definition), problems);
    }

    private static Knowledge knowledge(BotFiles files, BotYamlReader.BotYaml bot, List<Problem> problems) {
        Language language = bot == null || bot.language() == null ? Language.FR : bot.language();
        Optional<String> faqText = read(files, FAQ, problems);
        List<FaqEntry> faq = faqText.map(text -> FaqMarkdownParser.parse(FAQ, text, language, problems)).orElse(List.of());
        if (bot != null && faqText.isPresent()) new JargonCheck(bot.jargon()).checkFaq(FAQ, faqText.get(), problems);
        List<List<String>> synonyms = read(files, SYNONYMS, problems)
                .map(text -> SynonymsParser.parse(SYNONYMS, text, problems)).orElse(List.of());
        CatalogReader.Catalog declared = bot == null ? null : bot.catalog();
        CatalogSchema schema = declared == null ? CatalogSchema.NONE : declared.schema();
        List<CatalogItem> catalog = catalog(files, declared, bot == null ? List.of() : bot.jargon(), bot != null, problems);
        return new Knowledge(faq, catalog, schema, synonyms);
    }

    /** A file's text; one that cannot be decoded becomes a problem rather than an exception. */
    private static Optional<String> read(BotFiles files, String name, List<Problem> problems) {
        try {
            return files.read(name);
        } catch (UnreadableFileException e) {
            problems.add(new Problem(name, 0, e.getMessage()));
            return Optional.empty();
        }
    }

    private static List<CatalogItem> catalog(BotFiles files, CatalogReader.Catalog declared, List<String> jargon,
                                             boolean yamlRead, List<Problem> problems) {
        if (declared == null) {
            if (yamlRead) {
                for (String stray : List.of("catalog.csv", "catalog.json")) {
                    if (files.read(stray).isPresent()) {
                        problems.add(new Problem(stray, 0, "bot.yaml has no 'catalog' section, so this file is not "
                                + "read; add catalog: columns: typing each of its columns, or remove the file"));
                    }
                }
            }
            return List.of();
        }
        Optional<String> text = read(files, declared.file(), problems);
        if (text.isEmpty() && problems.stream().anyMatch(p -> p.file().equals(declared.file()))) return List.of();
        if (text.isEmpty()) {
            String other = declared.file().endsWith(".csv") ? "catalog.json" : "catalog.csv";
            boolean otherThere = read(files, other, problems).isPresent();
            problems.add(new Problem(BotYamlReader.FILE, declared.line(), "the catalog file '" + declared.file()
                    + "' is not in " + files.location() + (otherThere ? "; to read " + other + ", write file: " + other
                    + " in the 'catalog' section" : "; add it next to bot.yaml or remove the 'catalog' section")));
            return List.of();
        }
        if (!declared.complete()) return List.of(); // checked once the catalog section is fixed, to avoid a cascade
        if (declared.file().endsWith(".json")) {
            return CatalogJsonParser.parse(declared.file(), text.get(), declared.schema(), problems);
        }
        List<CatalogItem> items = CatalogCsvParser.parse(declared.file(), text.get(), declared.schema(), problems);
        new JargonCheck(jargon).checkCatalogCsv(declared.file(), text.get(), declared.schema(), problems);
        return items;
    }
}
