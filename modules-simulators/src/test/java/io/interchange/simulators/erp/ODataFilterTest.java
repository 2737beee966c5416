package io.interchange.simulators.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ODataFilterTest {

    @Test
    void reads_the_lookup_a_connector_makes() {
        ODataFilter cut = ODataFilter.parse("externalDocumentNumber eq 'EU-1001'");

        assertThat(cut.conditions()).containsExactly(new ODataFilter.Condition("externalDocumentNumber", "EU-1001"));
    }

    @Test
    void doubled_quotes_spaces_and_and_are_understood() {
        ODataFilter cut = ODataFilter.parse("  customerName  eq 'O''Brien & Sons'  and status eq 'Draft' ");

        assertThat(cut.conditions()).containsExactly(
                new ODataFilter.Condition("customerName", "O'Brien & Sons"),
                new ODataFilter.Condition("status", "Draft"));
    }

    @Test
    void an_empty_string_is_a_value() {
        assertThat(ODataFilter.parse("number eq ''").conditions())
                .containsExactly(new ODataFilter.Condition("number", ""));
    }

    @Test
    void matches_only_when_every_condition_holds() {
        ODataFilter cut = ODataFilter.parse("externalDocumentNumber eq 'EU-1001' and status eq 'Draft'");

        assertThat(cut.matches(Map.of("externalDocumentNumber", "EU-1001", "status", "Draft")::get)).isTrue();
        assertThat(cut.matches(Map.of("externalDocumentNumber", "EU-1001", "status", "Open")::get)).isFalse();
        assertThat(cut.matches(Map.of("status", "Draft")::get)).isFalse();
    }

    @Test
    void no_filter_lets_everything_through() {
        assertThat(ODataFilter.parse(null).conditions()).isEmpty();
        assertThat(ODataFilter.parse("  ").matches(name -> null)).isTrue();
    }

    @Test
    void unsupported_or_broken_expressions_are_refused_with_a_reason() {
        assertThatThrownBy(() -> ODataFilter.parse("externalDocumentNumber ne 'EU-1001'"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 'eq'");
        assertThatThrownBy(() -> ODataFilter.parse("externalDocumentNumber eq 'EU-1001"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not closed");
        assertThatThrownBy(() -> ODataFilter.parse("externalDocumentNumber eq EU-1001"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quoted string");
        assertThatThrownBy(() -> ODataFilter.parse("number eq 'a' or number eq 'b'"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 'and'");
        assertThatThrownBy(() -> ODataFilter.parse("eq 'a'"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
