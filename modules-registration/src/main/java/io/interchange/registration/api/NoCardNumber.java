package io.interchange.registration.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A free-text field that must not hold a card number (see {@link CardNumbers}): what is typed
 * there is stored, emailed and sent to the mailing list, where a card number must never go.
 * The message never quotes the value.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoCardNumber.Check.class)
public @interface NoCardNumber {

    String message() default "this looks like a card number; enter it only in the card number field";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the constraint. */
    class Check implements ConstraintValidator<NoCardNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !CardNumbers.foundIn(value);
        }
    }
}
