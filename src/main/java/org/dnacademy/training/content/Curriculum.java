package org.dnacademy.training.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole programme as read from {@code modules/}.
 *
 * @param modules    in programme order ({@code order} in {@code module.yaml})
 * @param references by key, in the order of {@code references.yaml}
 */
public record Curriculum(List<ModuleContent> modules, Map<String, Reference> references) {

    public Curriculum {
        modules = List.copyOf(modules);
        references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
    }

    public Optional<ModuleContent> module(String id) {
        return modules.stream().filter(module -> module.id().equals(id)).findFirst();
    }
}
