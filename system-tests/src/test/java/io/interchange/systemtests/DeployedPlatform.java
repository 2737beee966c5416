package io.interchange.systemtests;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every system test: Arquillian deploys the EAR exactly as built (client-side tests,
 * no test classes inside) into the Payara Server that the build started once for the run.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedPlatform {

    @Deployment(testable = false)
    public static EnterpriseArchive interchange() {
        File ear = new File(System.getProperty("interchange.root", ".."), "ear/target/interchange.ear");
        return ShrinkWrap.create(ZipImporter.class, "interchange.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    protected final Interchange interchange = new Interchange();
}
