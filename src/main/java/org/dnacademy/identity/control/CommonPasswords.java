package org.dnacademy.identity.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** The 1,000 most common passwords of 8 or more characters (see the resource file's header). */
public final class CommonPasswords {

    private static final String RESOURCE = "/org/dnacademy/identity/common-passwords.txt";
    private static final Set<String> PASSWORDS = load();

    private CommonPasswords() {
    }

    public static boolean contains(String password) {
        return PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return PASSWORDS.size();
    }

    private static Set<String> load() {
        var in = Objects.requireNonNull(CommonPasswords.class.getResourceAsStream(RESOURCE), RESOURCE);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> passwords = new HashSet<>();
            reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(passwords::add);
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
