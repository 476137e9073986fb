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

/** Reads {@code references.yaml}, the only sources lessons and questions may cite. */
final class ReferencesReader {

    /** A DOI as printed on papers, without the {@code https://doi.org/} prefix. */
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");

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
                .map(written -> written.startingAt(source.lineOf(keyNode))).flatMap(entry -> {
            entry.allowOnly(List.of("citation", "doi"));
            Optional<String> citation = entry.text("citation", true);
            Optional<String> doi = entry.text("doi", false);
            doi.filter(written -> !DOI.matcher(written).matches()).ifPresent(written -> entry.problem(entry.lineOf("doi"),
                    "'doi' must look like 10.1093/ptj/pzaf078 (without https://doi.org/), not '" + written + "'"));
            return citation.filter(present -> validKey).map(text -> new Reference(key, text, doi.orElse(null)));
        });
    }
}
