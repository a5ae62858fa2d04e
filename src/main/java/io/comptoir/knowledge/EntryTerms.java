package io.comptoir.knowledge;

import io.comptoir.bot.FaqEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The analysed terms of one FAQ entry, per field: each phrasing (the question and every alternative), the tags and
 * the answer; {@code topic} = phrasings and tags. Lists keep order and duplicates for the index; sets serve the ranker.
 * {@code literalTopic} is the topic read without the synonyms, for entries the synonyms make look alike.
 */
record EntryTerms(List<List<String>> phrasings, List<String> tags, List<String> answer,
                  List<Set<String>> phrasingSets, Set<String> tagSet, Set<String> answerSet, Set<String> topic,
                  Set<String> literalTopic) {

    static EntryTerms of(FaqEntry entry, BotAnalyzer analyzer) {
        List<List<String>> phrasings = new ArrayList<>();
        phrasings.add(analyzer.terms(entry.question()));
        for (String alt : entry.alternatives()) phrasings.add(analyzer.terms(alt));
        List<String> tags = analyzer.terms(String.join(" , ", entry.tags()));
        List<String> answer = analyzer.terms(entry.answer());
        List<Set<String>> sets = phrasings.stream().<Set<String>>map(HashSet::new).toList();
        Set<String> topic = new HashSet<>(tags);
        sets.forEach(topic::addAll);
        Set<String> literal = new HashSet<>(analyzer.literal().terms(entry.question() + " , " + String.join(" , ", entry.tags())));
        for (String alt : entry.alternatives()) literal.addAll(analyzer.literal().terms(alt));
        return new EntryTerms(phrasings, tags, answer, sets, new HashSet<>(tags), new HashSet<>(answer), topic, literal);
    }
}
