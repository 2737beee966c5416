package io.interchange.platform.operations;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.platform.contract.MessageSchemas;
import io.interchange.platform.operator.OperationRefusedException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadRulesTest {

    private static final MessageSchemas NONE = MessageSchemas.of(List.of());

    @Test
    void refusesInvalidJson() {
        assertThatThrownBy(() -> PayloadRules.check("some.type", "{\"a\":", NONE))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> PayloadRules.check("some.type", "{\"a\":1,\"a\":2}", NONE))
                .hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> PayloadRules.check("some.type", "", NONE)).hasMessageContaining("empty");
        assertThatThrownBy(() -> PayloadRules.check("some.type", "{} {}", NONE))
                .isInstanceOf(OperationRefusedException.class);
    }

    @Test
    void aTypeWithoutSchemaNeedsOnlyValidJson() {
        assertThatCode(() -> PayloadRules.check("some.type", "[1,2,3]", NONE)).doesNotThrowAnyException();
    }
}
