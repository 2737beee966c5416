package io.interchange.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedParametersTest {

    @Test
    void eachNamedParameterBecomesAQuestionMarkInOrder() {
        NamedParameters sql = NamedParameters.parse("INSERT INTO T (A, B, C) VALUES (:a, :b_2, :a)");

        assertThat(sql.jdbc()).isEqualTo("INSERT INTO T (A, B, C) VALUES (?, ?, ?)");
        assertThat(sql.names()).containsExactly("a", "b_2", "a");
    }

    @Test
    void colonsInQuotesCommentsAndCastsAreNotParameters() {
        NamedParameters sql = NamedParameters.parse("SELECT ':no', \"x:y\", v::text -- :nor\n"
                + "FROM T /* :neither */ WHERE K = :key AND N = 'it''s :not'");

        assertThat(sql.names()).containsExactly("key");
        assertThat(sql.jdbc()).isEqualTo("SELECT ':no', \"x:y\", v::text -- :nor\n"
                + "FROM T /* :neither */ WHERE K = ? AND N = 'it''s :not'");
    }

    @Test
    void aLoneColonOrAnUnclosedQuoteChangesNothing() {
        assertThat(NamedParameters.parse("SELECT 1 : 2").names()).isEmpty();
        assertThat(NamedParameters.parse("SELECT ':a").names()).isEmpty();
    }
}
