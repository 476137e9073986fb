package org.dnacademy.training.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code references.yaml}, the only sources lessons and questions may cite. Every entry must
 * be complete enough for a reviewer to find the source: authors, year and title, and then either a
 * journal article's journal, volume, pages and DOI ({@code doi: none} when it has none, so that a
 * missing DOI is a checked fact rather than an omission), or the publisher of anything else.
 */
final class ReferencesReader {

    /** A DOI as printed on papers, without the {@code https://doi.org/} prefix. */
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");

    /** Written instead of a DOI for an article that has none. */
    static final String NO_DOI = "none";

    private static final List<String> FIELDS = List.of("authors", "year", "title", "journal", "volume", "pages", "doi",
            "publisher", "number", "url");

    private static final int FIRST_YEAR = 1800;
    private static final int LAST_YEAR = 2100;

    private ReferencesReader() {
    }

    static ReferenceBook read(Path file, Problems problems) {
        SourceFile source = problems.in(file);
        Map<String, Reference> valid = new LinkedHashMap<>();
        Set<String> declared = new LinkedHashSet<>();
        if (!Files.isRegularFile(file)) {
            source.problem(0, "is missing; every source that lessons and questions cite must be listed in it");
            return new ReferenceBook(valid, declared, false);
        }
        Optional<Node> entries = TextFiles.read(file, source)
                .flatMap(text -> YamlDocument.parse(text, source))
                .flatMap(root -> YamlMapping.of(root, source, "", "references.yaml"))
                .flatMap(root -> {
                    root.allowOnly(List.of("references"));
                    if (!root.has("references")) {
                        source.problem(root.line(), "missing required field 'references'");
                    }
                    return root.value("references");
                })
                .filter(node -> YamlMapping.of(node, source, "", "'references'").isPresent());
        if (entries.isEmpty()) {
            return new ReferenceBook(valid, declared, false);
        }
        for (NodeTuple tuple : ((MappingNode) entries.get()).getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode keyNode && declared.add(keyNode.getValue())) {
                readEntry(keyNode, tuple.getValueNode(), source).ifPresent(reference -> valid.put(reference.key(), reference));
            }
        }
        return new ReferenceBook(valid, declared, true);
    }

    private static Optional<Reference> readEntry(ScalarNode keyNode, Node value, SourceFile source) {
        String key = keyNode.getValue();
        boolean validKey = ContentIds.isValid(key);
        if (!validKey) {
            source.problem(keyNode, "reference key '" + key + "' must be " + ContentIds.SHAPE + ", e.g. chen-2018");
        }
        return YamlMapping.of(value, source, "reference " + key, "each reference")
                .map(written -> written.startingAt(source.lineOf(keyNode)))
                .flatMap(entry -> read(key, entry))
                .filter(reference -> validKey);
    }

    private static Optional<Reference> read(String key, YamlMapping entry) {
        entry.allowOnly(FIELDS);
        Optional<String> authors = entry.text("authors", true);
        Optional<Integer> year = entry.wholeNumber("year", true, FIRST_YEAR, LAST_YEAR);
        Optional<String> title = entry.text("title", true);
        boolean article = entry.has("journal");
        if (article == entry.has("publisher")) {
            entry.problem(entry.line(), article
                    ? "has both 'journal' and 'publisher'; a journal article names its journal, anything else its publisher"
                    : "needs 'journal' (with volume, pages and doi) for a journal article, or 'publisher' for a guideline, "
                            + "report, rule, book or web page");
            return Optional.empty();
        }
        Optional<String> pages = entry.text("pages", article);
        Optional<String> url = entry.text("url", false).filter(address -> isWebAddress(address, entry));
        Optional<String> doi = entry.text("doi", article).filter(written -> isDoi(written, entry));
        if (article) {
            for (String publisherOnly : List.of("number", "url")) {
                if (entry.has(publisherOnly)) {
                    entry.problem(entry.lineOf(publisherOnly), "'" + publisherOnly + "' is for a publisher's source, not a journal article");
                }
            }
            Optional<String> journal = entry.text("journal", true);
            Optional<String> volume = entry.text("volume", true);
            if (authors.isEmpty() || year.isEmpty() || title.isEmpty() || journal.isEmpty() || volume.isEmpty() || pages.isEmpty()
                    || doi.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Reference.article(key, authors.get(), year.get(), title.get(), journal.get(), volume.get(), pages.get(),
                    NO_DOI.equals(doi.get()) ? null : doi.get()));
        }
        for (String articleOnly : List.of("volume", "doi")) {
            if (entry.has(articleOnly)) {
                entry.problem(entry.lineOf(articleOnly), "'" + articleOnly + "' is for a journal article; write journal: for one");
            }
        }
        Optional<String> publisher = entry.text("publisher", true);
        Optional<String> number = entry.text("number", false);
        if (authors.isEmpty() || year.isEmpty() || title.isEmpty() || publisher.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Reference.published(key, authors.get(), year.get(), title.get(), publisher.get(), number.orElse(null),
                pages.orElse(null), url.orElse(null)));
    }

    private static boolean isDoi(String written, YamlMapping entry) {
        if (NO_DOI.equals(written) || DOI.matcher(written).matches()) {
            return true;
        }
        entry.problem(entry.lineOf("doi"), "'doi' must look like 10.1093/ptj/pzaf078 (without https://doi.org/), or be none "
                + "for an article that has no DOI, not '" + written + "'");
        return false;
    }

    private static boolean isWebAddress(String written, YamlMapping entry) {
        if ((written.startsWith("https://") || written.startsWith("http://")) && !written.contains(" ")) {
            return true;
        }
        entry.problem(entry.lineOf("url"), "'url' must be a web address starting with https://, not '" + written + "'");
        return false;
    }
}
