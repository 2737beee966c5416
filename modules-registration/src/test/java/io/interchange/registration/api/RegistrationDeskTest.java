package io.interchange.registration.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistrationDeskTest {

    @Test
    void anIdempotencyKeyAlwaysGivesTheSameRegistrationIdPerClient() {
        String id = RegistrationDesk.registrationIdFor("web", "key-1");
        assertThat(RegistrationDesk.isRegistrationId(id)).isTrue();
        assertThat(RegistrationDesk.registrationIdFor("web", "key-1")).isEqualTo(id);
        assertThat(RegistrationDesk.registrationIdFor("web", "key-2")).isNotEqualTo(id);
        assertThat(RegistrationDesk.registrationIdFor("other", "key-1")).isNotEqualTo(id);
    }

    @Test
    void newIdsHaveTheRegistrationNumberForm() {
        String id = new RegistrationDesk().newRegistrationId();
        assertThat(RegistrationDesk.isRegistrationId(id)).isTrue();
        assertThat(RegistrationDesk.isRegistrationId("REG-abc")).isFalse();
        assertThat(RegistrationDesk.isRegistrationId("1; drop table")).isFalse();
    }
}
