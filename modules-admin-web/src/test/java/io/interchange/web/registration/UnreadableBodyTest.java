package io.interchange.web.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import org.junit.jupiter.api.Test;

class UnreadableBodyTest {

    private static String body(JsonbException e) {
        return (String) UnreadableBody.of(e).getResponse().getEntity();
    }

    @Test
    void aBodyThatIsNotJsonIsToldByLineAndColumn() {
        JsonLocation at = new JsonLocation() {
            public long getLineNumber() { return 1; }
            public long getColumnNumber() { return 12; }
            public long getStreamOffset() { return 11; }
        };
        String body = body(new JsonbException("Internal error: org.eclipse.parsson.JsonParserImpl 4111111111111111",
                new JsonParsingException("Unexpected char 4111111111111111 at org.eclipse.parsson.Foo", at)));

        assertThat(body).contains("not valid JSON (line 1, column 12)").doesNotContain("org.eclipse", "4111");
    }

    @Test
    void aWrongTypeIsToldByItsPointerWithoutClassNames() {
        String body = body(new JsonbException("Unable to deserialize property 'attendee' because of: Unable to"
                + " deserialize property 'firstName' because of: Cannot cast class java.lang.Integer to"
                + " class io.interchange.registration.api.RegistrationForm$Attendee"));

        assertThat(body).contains("\"pointer\":\"/attendee/firstName\"")
                .doesNotContain("java.lang", "io.interchange", "Cannot cast");
    }

    @Test
    void anythingElseSaysTheBodyIsNotARegistration() {
        assertThat(body(new JsonbException("Cannot create instance of class java.lang.Object")))
                .contains("not a registration").doesNotContain("java.lang");
    }
}
