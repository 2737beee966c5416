package io.interchange.registration.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.platform.delivery.HttpAnswer;
import io.interchange.registration.api.RegistrationForm;
import org.junit.jupiter.api.Test;

class PaymentProviderTest {

    @Test
    void aCompletedOrderIsApprovedWithItsCapture() {
        PaymentResult result = PaymentProvider.interpret(new HttpAnswer(201, """
                {"id":"ORDER-1","status":"COMPLETED","purchase_units":[{"payments":{"captures":[{"id":"CAP-1","status":"COMPLETED"}]}}]}""",
                null));
        assertThat(result).isEqualTo(new PaymentResult.Approved("ORDER-1", "CAP-1"));
    }

    @Test
    void anInstrumentDeclinedIsADeclineWithAReasonForThePerson() {
        PaymentResult result = PaymentProvider.interpret(new HttpAnswer(422,
                "{\"name\":\"UNPROCESSABLE_ENTITY\",\"details\":[{\"issue\":\"INSTRUMENT_DECLINED\"}]}", null));
        assertThat(result).isInstanceOf(PaymentResult.Declined.class);
        assertThat(((PaymentResult.Declined) result).reason()).contains("declined");
    }

    @Test
    void anOrderThatNeedsThePayerIsNotTakenAsPaid() {
        assertThat(PaymentProvider.interpret(new HttpAnswer(201, "{\"id\":\"O\",\"status\":\"PAYER_ACTION_REQUIRED\"}", null)))
                .isInstanceOf(PaymentResult.Declined.class);
    }

    @Test
    void serverErrorsAndOddAnswersAreUnavailableNeverApproved() {
        assertThat(PaymentProvider.interpret(new HttpAnswer(500, "", null))).isInstanceOf(PaymentResult.Unavailable.class);
        assertThat(PaymentProvider.interpret(new HttpAnswer(503, "", "5"))).isInstanceOf(PaymentResult.Unavailable.class);
        assertThat(PaymentProvider.interpret(new HttpAnswer(201, "not json", null))).isInstanceOf(PaymentResult.Declined.class);
    }

    @Test
    void theOrderRequestCarriesTheCardOnlyAsThePaymentSourceAndTheRegistrationAsReference() {
        RegistrationForm form = new RegistrationForm();
        form.getCard().setHolder("Ada Lovelace");
        form.getCard().setNumber("4111 1111 1111 1111");
        form.getCard().setExpiry("2030-12");
        form.getCard().setSecurityCode("123");
        form.getBilling().setStreet("Kingstraat 1");
        form.getBilling().setCity("Amsterdam");
        form.getBilling().setPostalCode("1011 AB");
        form.getBilling().setCountry("nl");

        String body = PaymentProvider.orderRequest("REG-ABCDEFGH", "250.00", form);

        assertThat(body).contains("\"reference_id\":\"REG-ABCDEFGH\"").contains("\"value\":\"250.00\"")
                .contains("\"currency_code\":\"EUR\"").contains("\"number\":\"4111111111111111\"")
                .contains("\"country_code\":\"NL\"").contains("\"intent\":\"CAPTURE\"");
        assertThat(form.getCard().toString()).isEqualTo("card ****1111");
    }
}
