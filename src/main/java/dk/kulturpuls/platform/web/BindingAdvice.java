package dk.kulturpuls.platform.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingErrorProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form binding for every controller:
 * <ul>
 * <li>surrounding blanks are trimmed and an empty field binds as "not given", so that a blank required field
 * reports one clear error ("Udfyld feltet") rather than a format error too;</li>
 * <li>form records (constructor binding) are validated field by field even when one field cannot be converted
 * (a date like 31.02.2025). Spring then validates each constructor argument on its own, which Boot's MVC
 * validator adapter does not support; the underlying Bean Validation validator does. Without this a single
 * typing error would hide every other error of the form.</li>
 * <li>a date written as dd.mm.åååå that does not exist (31.02.2026) is reported as such
 * ({@code typeMismatch.noSuchDate}), not as a format error.</li>
 * <li>a text over its {@code @Size} limit is reported with the limit and the length typed
 * ({@code Size.tooLong}, see {@link TypedLengthValidator}).</li>
 * </ul>
 */
@ControllerAdvice
class BindingAdvice {

	private static final BindingErrorProcessor NO_SUCH_DATE = new DefaultBindingErrorProcessor() {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof NoSuchDateException) {
					String field = ex.getPropertyName();
					result.addError(new FieldError(result.getObjectName(), field, ex.getValue(), true,
							result.resolveMessageCodes("typeMismatch.noSuchDate", field), null, cause.getMessage()));
					return;
				}
			}
			super.processPropertyAccessException(ex, result);
		}
	};

	private final SmartValidator validator;

	BindingAdvice(@Qualifier("defaultValidator") SmartValidator validator) {
		this.validator = validator;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setBindingErrorProcessor(NO_SUCH_DATE);
		// every form, record or bean, is validated by the same validator, which names the typed length of a too
		// long text (TypedLengthValidator)
		if (binder.getTargetType() != null || binder.getTarget() != null) {
			binder.replaceValidators(new TypedLengthValidator(validator));
		}
	}
}
