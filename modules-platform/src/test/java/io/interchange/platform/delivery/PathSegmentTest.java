package io.interchange.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PathSegmentTest {

    @Test
    void leavesPlainIdentifiersAlone() {
        assertThat(PathSegment.encode("ecp", "1001")).isEqualTo("1001");
        assertThat(PathSegment.encode("erp", "6f1c2a9e-0b7d-4c55-9b43-2f0e8d1a7c10"))
                .isEqualTo("6f1c2a9e-0b7d-4c55-9b43-2f0e8d1a7c10");
    }

    @Test
    void keepsEverythingElseInsideTheSegment() {
        assertThat(PathSegment.encode("ecp", "../x")).isEqualTo("..%2Fx");
        assertThat(PathSegment.encode("ecp", "../../sim/ecp/summary")).isEqualTo("..%2F..%2Fsim%2Fecp%2Fsummary");
        assertThat(PathSegment.encode("ecp", "a/b")).isEqualTo("a%2Fb");
        assertThat(PathSegment.encode("erp", "x')/foo('")).isEqualTo("x%27%29%2Ffoo%28%27");
        assertThat(PathSegment.encode("ecp", "a b")).isEqualTo("a%20b");
        assertThat(PathSegment.encode("ecp", "100%")).isEqualTo("100%25");
        assertThat(PathSegment.encode("ecp", "a?b#c;d")).isEqualTo("a%3Fb%23c%3Bd");
        assertThat(PathSegment.encode("ecp", "é")).isEqualTo("%C3%A9");
    }

    @Test
    void refusesWhatWouldWalkThePath() {
        for (String identifier : new String[] {".", "..", ""}) {
            assertThatThrownBy(() -> PathSegment.encode("ecp", identifier)).as(identifier)
                    .isInstanceOf(PermanentFailure.class);
        }
        assertThatThrownBy(() -> PathSegment.encode("ecp", null)).isInstanceOf(PermanentFailure.class);
    }

    @Test
    void undoesTheRestClientsSecondEncodingOnly() {
        String encoded = "/orders/" + PathSegment.encode("ecp", "a/b 100%") + "/status";
        // what the REST client sends for a template value: every % encoded once more
        String reEncoded = encoded.replace("%", "%25");

        assertThat(PathSegment.undoReEncoding(reEncoded)).isEqualTo(encoded).isEqualTo("/orders/a%2Fb%20100%25/status");
        assertThat(PathSegment.undoReEncoding("/orders/100%25")).as("a literal % stays encoded").isEqualTo("/orders/100%25");
    }
}
