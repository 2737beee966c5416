package io.interchange.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicTextTest {

    @Test
    void javaClassNamesAreNotShown() {
        String shown = PublicText.of("Unable to deserialize property 'attendee' because of: Cannot create instance of a"
                + " class: class io.interchange.registration.api.RegistrationForm$Attendee, caused by"
                + " com.fasterxml.jackson.core.JsonParseException and java.lang.NumberFormatException: For input string");

        assertThat(shown).doesNotContain("io.interchange", "com.fasterxml", "java.lang", "RegistrationForm")
                .contains("property 'attendee'", "(internal)");
        assertThat(PublicText.of("at org.eclipse.persistence.internal.Foo.bar(Foo.java:12) failed"))
                .doesNotContain("org.eclipse", "Foo.java");
    }

    @Test
    void sqlTextAndConstraintNamesAreNotShown() {
        String h2 = "attempt 2: JdbcSQLIntegrityConstraintViolationException: Unique index or primary key violation:"
                + " \"PUBLIC.UK_REG_RECORD ON PUBLIC.REG_RECORD(REGISTRATION_ID NULLS FIRST) VALUES ( /* 1 */ 'REG-X' )\";"
                + " SQL statement:\nINSERT INTO REG_RECORD (REGISTRATION_ID) VALUES (?) [23505-224]";

        assertThat(PublicText.of(h2)).isEqualTo(PublicText.DATABASE_ERROR);
        assertThat(PublicText.of("ERROR: duplicate key value violates unique constraint \"orders_pkey\""))
                .isEqualTo(PublicText.DATABASE_ERROR);
    }

    @Test
    void whatAConnectedSystemsDatabaseAnsweredIsKeptForTheOperator() {
        String answer = "warehouse: SQL warehouse/pick-order failed: SQL state 23506: Referential integrity constraint"
                + " violation: \"CONSTRAINT_4A: PUBLIC.PICK_LINE FOREIGN KEY(SKU) REFERENCES PUBLIC.PRODUCT(SKU) ('X')\"";

        assertThat(PublicText.of(answer)).isEqualTo(answer);
        assertThat(PublicText.of("SQL state 23506 failed: constraint")).isEqualTo(PublicText.DATABASE_ERROR);
    }

    @Test
    void ordinaryTextIsKeptAsItIs() {
        for (String text : new String[] {"GET order ord-1 answered 404: {\"detail\":\"There is no order ord-1.\"}",
                "the data field orderId must be a string", "type interchange.order.placed is not routed",
                "the database refused the change (SQL state 23505, a uniqueness or integrity rule of the data was broken)",
                "use the two-letter country code, e.g. DE", null, ""}) {
            assertThat(PublicText.of(text)).isEqualTo(text);
        }
    }

    @Test
    void problemDetailsAreAlwaysPublicText() {
        String body = (String) Problem.badRequest("bad: java.lang.IllegalStateException: boom")
                .field("/x", "class org.h2.jdbc.JdbcConnection refused").getResponse().getEntity();

        assertThat(body).doesNotContain("java.lang", "org.h2");
    }
}
