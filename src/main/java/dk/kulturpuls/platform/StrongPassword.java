package dk.kulturpuls.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A new password that {@link Passwords} accepts; the error says why a weak one is refused. An empty value is left
 * to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = StrongPassword.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface StrongPassword {

	String message() default "{password.weak.guessable}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the value with the platform's {@link Passwords} (the validator is a Spring bean). */
	class Validator implements ConstraintValidator<StrongPassword, String> {

		private final Passwords passwords;

		public Validator(Passwords passwords) {
			this.passwords = passwords;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isEmpty()) {
				return true;
			}
			return passwords.weakness(value).map(key -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
				return false;
			}).orElse(true);
		}
	}
}
