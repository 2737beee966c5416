package io.interchange.registration.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistrationIdsTest {

    @Test
    void anIdempotencyKeyAlwaysGivesTheSameRegistrationIdPerClient() {
        String id = RegistrationIds.registrationIdFor("web", "key-1");
        assertThat(RegistrationIds.isRegistrationId(id)).isTrue();
        assertThat(RegistrationIds.registrationIdFor("web", "key-1")).isEqualTo(id);
        assertThat(RegistrationIds.registrationIdFor("web", "key-2")).isNotEqualTo(id);
        assertThat(RegistrationIds.registrationIdFor("other", "key-1")).isNotEqualTo(id);
    }

    @Test
    void newIdsHaveTheRegistrationNumberForm() {
        String id = RegistrationIds.newRegistrationId();
        assertThat(RegistrationIds.isRegistrationId(id)).isTrue();
        assertThat(RegistrationIds.isRegistrationId("REG-abc")).isFalse();
        assertThat(RegistrationIds.isRegistrationId("1; drop table")).isFalse();
    }
}
