package io.interchange.registration.activities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailingListTest {

    @Test
    void theSubscriberHashIsTheMd5OfTheLowerCasedAddress() {
        // md5("urist.mcvankab@freddiesjokes.com"), the example of Mailchimp's documentation
        assertThat(MailingList.subscriberHash("Urist.McVankab@FreddiesJokes.com"))
                .isEqualTo("62eeb292278cc15f5817cb78f7790b08");
    }
}
