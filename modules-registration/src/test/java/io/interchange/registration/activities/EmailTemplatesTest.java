package io.interchange.registration.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.registration.signup.RegistrationDetails;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmailTemplatesTest {

    private static final RegistrationDetails ADA = new RegistrationDetails("REG-ABCDEFGH", "INTEGRATE-EUROPE",
            "Integrate <Europe>", "2027-01-21", "Amsterdam, RAI", "STANDARD", "Standard", "250.00", "EUR", "Ada",
            "Lovelace", "ada@example.org", null, "Ada Lovelace", "Kingstraat 1", "1011 AB", "Amsterdam", "NL");

    @Test
    void thePackagedTemplatesRenderSubjectTextAndEscapedHtml() {
        EmailTemplates.Rendered mail = templates(Optional.empty()).render("registration-confirmation",
                Map.of("registration", ADA));

        assertThat(mail.subject()).isEqualTo("Your registration REG-ABCDEFGH for Integrate <Europe>");
        assertThat(mail.text()).contains("Dear Ada Lovelace").contains("EUR 250.00").contains("Integrate <Europe>");
        assertThat(mail.html()).contains("<strong>REG-ABCDEFGH</strong>").contains("Integrate &lt;Europe&gt;");
    }

    @Test
    void aTemplateInTheConfiguredFolderWinsOverThePackagedOne(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("registration-confirmation.subject.ftl"), "Welcome, ${registration.firstName()}!");

        EmailTemplates.Rendered mail = templates(Optional.of(folder.toString())).render("registration-confirmation",
                Map.of("registration", ADA));

        assertThat(mail.subject()).isEqualTo("Welcome, Ada!");
        assertThat(mail.text()).contains("Dear Ada Lovelace");
    }

    @Test
    void aBrokenTemplateIsAPermanentFailureNamingIt(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("registration-confirmation.subject.ftl"), "${registration.noSuchThing()}");

        assertThatThrownBy(() -> templates(Optional.of(folder.toString())).render("registration-confirmation",
                Map.of("registration", ADA)))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("registration-confirmation.subject.ftl");
    }

    private static EmailTemplates templates(Optional<String> folder) {
        EmailTemplates templates = new EmailTemplates();
        templates.templatesDir = folder;
        return templates;
    }
}
