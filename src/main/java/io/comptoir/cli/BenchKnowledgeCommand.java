package io.comptoir.cli;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.CatalogItem;
import io.comptoir.bot.CatalogSchema;
import io.comptoir.bot.FaqEntry;
import io.comptoir.bot.Knowledge;
import io.comptoir.bot.Question;
import io.comptoir.bot.Recommendation;
import io.comptoir.bot.Scoring;
import io.comptoir.knowledge.KnowledgeBase;
import io.comptoir.knowledge.RecommendationRequest;
import io.comptoir.understanding.Entity;
import io.comptoir.understanding.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code comptoir bench knowledge}: index build time for a 10,000-entry FAQ, median FAQ look-up latency on a
 * 1,000-entry FAQ, median recommendation latency on a 10,000-item catalog. Generated data, fixed seed.
 */
@Command(name = "knowledge", description = "Measure index build, ask and recommendation times.")
public final class BenchKnowledgeCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private static final String[] SYLLABLES = {"fa", "ctu", "ra", "tion", "abo", "nne", "ment", "li", "vrai", "son",
        "ga", "ran", "tie", "vé", "lo", "pri", "x", "dé", "lai", "si", "te", "vi", "tri", "ne", "ré", "fé", "ren",
        "ce", "mo", "bi", "le", "cha", "rge", "por", "tail", "com", "pte", "ma", "in", "te", "nan", "ce"};

    @Option(names = "--build-entries", defaultValue = "10000", description = "FAQ size for the build time")
    int buildEntries;

    @Option(names = "--ask-entries", defaultValue = "1000", description = "FAQ size for the ask latency")
    int askEntries;

    @Option(names = "--items", defaultValue = "10000", description = "Catalog size for the recommendation latency")
    int items;

    @Override
    public Integer call() {
        Random random = new Random(42);
        List<String> words = words(random, 4000);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] builds = new long[3];
        long[] cpus = new long[3];
        for (int i = 0; i < builds.length; i++) {
            BotDefinition bot = faqBot(faq(random, words, buildEntries));
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            KnowledgeBase.build(bot);
            builds[i] = System.nanoTime() - t0;
            cpus[i] = cpu.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(builds);
        Arrays.sort(cpus);
        out().printf(Locale.ROOT, "machine: %d cores, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out().printf(Locale.ROOT, "index build, %,d FAQ entries: median %.0f ms wall, %.0f ms CPU (of 3; target < 2000 ms)%n",
                buildEntries, builds[1] / 1e6, cpus[1] / 1e6);

        List<FaqEntry> faq = faq(random, words, askEntries);
        KnowledgeBase kb = KnowledgeBase.build(faqBot(faq));
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < 3000; i++) questions.add(paraphrase(random, faq.get(random.nextInt(faq.size())), words));
        int[] next = {0};
        double[] ask = median(() -> kb.faq().ask(questions.get(next[0]++ % questions.size())), 1000, 3000);
        out().printf(Locale.ROOT, "ask, %,d-entry FAQ: median %.3f ms wall, %.3f ms CPU (target < 1 ms)%n",
                askEntries, ask[0], ask[1]);

        KnowledgeBase shop = KnowledgeBase.build(shopBot(random, items));
        String[] usages = {"trajet", "enfants", "montagne", "route", "voyage", "train"};
        int[] n = {0};
        double[] reco = median(() -> {
            int k = n[0]++;
            Map<String, String> answers = Map.of("usage", usages[k % usages.length], "assistance", k % 2 == 0 ? "yes" : "no");
            BigDecimal budget = BigDecimal.valueOf(800 + (k * 137) % 5000);
            return shop.recommender().recommend(new RecommendationRequest(answers,
                    new Entity.Money("", budget, null, null, "EUR", null)));
        }, 200, 1000);
        out().printf(Locale.ROOT, "recommend, %,d-item catalog: median %.3f ms wall, %.3f ms CPU (target < 5 ms)%n",
                items, reco[0], reco[1]);
        return 0;
    }

    /** Median wall and CPU milliseconds of {@code runs} calls after {@code warmup} unmeasured ones. */
    private static double[] median(Supplier<Object> call, int warmup, int runs) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        Object sink = null;
        for (int i = 0; i < warmup; i++) sink = call.get();
        long[] times = new long[runs];
        long[] cpus = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            sink = call.get();
            times[i] = System.nanoTime() - t0;
            cpus[i] = cpu.getCurrentThreadCpuTime() - c0;
        }
        if (sink == null) System.out.print("");
        Arrays.sort(times);
        Arrays.sort(cpus);
        return new double[] {times[runs / 2] / 1e6, cpus[runs / 2] / 1e6};
    }

    private static List<String> words(Random random, int count) {
        List<String> words = new ArrayList<>();
        while (words.size() < count) {
            StringBuilder w = new StringBuilder();
            int parts = 2 + random.nextInt(3);
            for (int i = 0; i < parts; i++) w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            if (!words.contains(w.toString())) words.add(w.toString());
        }
        return words;
    }

    private static String sentence(Random random, List<String> words, int min, int max) {
        int len = min + random.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) sb.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        return sb.toString();
    }

    private static List<FaqEntry> faq(Random random, List<String> words, int size) {
        List<FaqEntry> faq = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            faq.add(new FaqEntry("e" + i, sentence(random, words, 5, 9) + " ?",
                    List.of(sentence(random, words, 4, 8), sentence(random, words, 4, 8)),
                    List.of(words.get(random.nextInt(words.size())), words.get(random.nextInt(words.size()))),
                    sentence(random, words, 25, 50) + ".", null));
        }
        return faq;
    }

    /** A question made of most of an entry's words, shuffled, with one foreign word. */
    private static String paraphrase(Random random, FaqEntry e, List<String> words) {
        List<String> parts = new ArrayList<>(Arrays.asList(e.question().replace(" ?", "").split(" ")));
        parts.remove(random.nextInt(parts.size()));
        parts.add(words.get(random.nextInt(words.size())));
        java.util.Collections.shuffle(parts, random);
        return String.join(" ", parts) + " ?";
    }

    private static BotDefinition faqBot(List<FaqEntry> faq) {
        return bot(new Knowledge(faq, List.of(), CatalogSchema.NONE, List.of()), List.of(), null);
    }

    private static BotDefinition shopBot(Random random, int size) {
        String[] categories = {"ville", "cargo", "vtt", "route", "pliant", "gravel"};
        CatalogSchema schema = new CatalogSchema(List.of(
                new CatalogSchema.Column("id", CatalogSchema.ColumnType.TEXT, List.of()),
                new CatalogSchema.Column("name", CatalogSchema.ColumnType.TEXT, List.of()),
                new CatalogSchema.Column("category", CatalogSchema.ColumnType.CHOICE, List.of(categories)),
                new CatalogSchema.Column("electric", CatalogSchema.ColumnType.BOOLEAN, List.of()),
                new CatalogSchema.Column("price", CatalogSchema.ColumnType.MONEY, List.of()),
                new CatalogSchema.Column("stock", CatalogSchema.ColumnType.INTEGER, List.of())));
        List<CatalogItem> catalog = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Map<String, Object> a = new HashMap<>();
            a.put("id", "b" + i);
            a.put("name", "Vélo " + i);
            a.put("category", categories[random.nextInt(categories.length)]);
            a.put("electric", random.nextBoolean());
            a.put("price", BigDecimal.valueOf(600 + random.nextInt(6400)));
            a.put("stock", (long) random.nextInt(5));
            catalog.add(new CatalogItem("b" + i, "Vélo " + i, a));
        }
        List<Recommendation.Rule> rules = new ArrayList<>();
        for (String[] r : new String[][] {{"trajet", "ville"}, {"enfants", "cargo"}, {"montagne", "vtt"},
                {"route", "route"}, {"voyage", "gravel"}, {"train", "pliant"}}) {
            rules.add(new Recommendation.Rule(new Question.Condition("usage", List.of(r[0])), Map.of(),
                    Map.of("category", List.of(r[1]))));
        }
        rules.add(new Recommendation.Rule(new Question.Condition("assistance", List.of("yes")),
                Map.of("electric", List.of("true")), Map.of()));
        return bot(new Knowledge(List.of(), catalog, schema, List.of()), List.of(),
                new Recommendation("budget", "price", 3, rules, null));
    }

    private static BotDefinition bot(Knowledge knowledge, List<Question> questions, Recommendation recommendation) {
        return new BotDefinition("bench", "Bench", Language.FR, "neutre", "Bonjour", "Assistant automatique",
                "des vélos", "FR", List.of(), questions, List.of(), Scoring.DEFAULT, List.of(), List.of(), knowledge,
                recommendation);
    }
}
