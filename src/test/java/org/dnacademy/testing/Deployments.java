package org.dnacademy.testing;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application as built by {@code mvn package}, deployed at the root context, plus the test helpers. */
public final class Deployments {

    /** Set by failsafe in pom.xml; the first administrator that the integration tests start with. */
    public static final String ADMIN_EMAIL = System.getProperty("dnacademy.test.admin-email");
    public static final String ADMIN_PASSWORD = System.getProperty("dnacademy.test.admin-password");

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("dnacademy.war", "target/dn-academy.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the application first (mvn verify packages it): " + war);
        }
        return ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addPackage(Deployments.class.getPackage());
    }
}
