package org.dnacademy.testing.fresh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Logger;

import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Every integration test class gets an empty database: before each deployment (which starts a new
 * Payara Micro process for the class) the test data folder of {@code arquillian.xml} is deleted, so
 * no class sees what another left behind and {@code mvn verify} passes twice in a row without
 * {@code clean}. Registered in {@code META-INF/services}.
 */
public class FreshDatabase implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(FreshDatabase.class.getName());

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Wiper.class);
    }

    /** The folder the test server keeps its database in (failsafe sets the property). */
    static Path dataFolder() {
        String root = System.getProperty("dnacademy.test.data-dir");
        if (root == null || root.isBlank()) {
            throw new IllegalStateException("dnacademy.test.data-dir is not set: run the integration tests through Maven");
        }
        return Path.of(root, "it");
    }

    public static class Wiper {

        public void beforeDeploy(@Observes BeforeDeploy event) {
            delete(dataFolder());
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty the test database folder " + folder, e);
        }
        LOG.fine(() -> "Emptied " + folder);
    }
}
