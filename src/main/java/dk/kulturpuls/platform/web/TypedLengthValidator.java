package dk.kulturpuls.platform.web;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.SmartValidator;

/**
 * The Bean Validation validator, with one addition: a text over its {@code @Size} limit is reported with the
 * length the user typed as an extra message argument, so that the message can say "Må højst være 4.000 tegn – du
 * skrev 2.000.000." ({@code Size.tooLong}: {1} is the limit, {3} the typed length). Other errors pass unchanged.
 */
final class TypedLengthValidator implements SmartValidator {

	private final SmartValidator delegate;

	TypedLengthValidator(SmartValidator delegate) {
		this.delegate = delegate;
	}

	@Override
	public boolean supports(Class<?> type) {
		return delegate.supports(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		validate(target, errors, new Object[0]);
	}

	@Override
	public void validate(Object target, Errors errors, Object... hints) {
		if (!(errors instanceof BindingResult result)) {
			delegate.validate(target, errors, hints);
			return;
		}
		BeanPropertyBindingResult scratch = new BeanPropertyBindingResult(target, errors.getObjectName());
		delegate.validate(target, scratch, hints);
		copy(scratch, result);
	}

	@Override
	public void validateValue(Class<?> targetType, String fieldName, Object value, Errors errors, Object... hints) {
		if (!(errors instanceof BindingResult result)) {
			delegate.validateValue(targetType, fieldName, value, errors, hints);
			return;
		}
		ScratchResult scratch = new ScratchResult(result);
		delegate.validateValue(targetType, fieldName, value, scratch, hints);
		copy(scratch, result);
	}

	private static void copy(BindingResult from, BindingResult to) {
		for (ObjectError error : from.getAllErrors()) {
			to.addError(error instanceof FieldError field ? withLength(field, to) : error);
		}
	}

	private static ObjectError withLength(FieldError error, BindingResult to) {
		if (!"Size".equals(error.getCode()) || !(error.getRejectedValue() instanceof CharSequence text)
				|| error.getArguments() == null || error.getArguments().length < 3
				|| !(error.getArguments()[1] instanceof Integer max) || text.length() <= max) {
			return error;
		}
		Object[] arguments = java.util.Arrays.copyOf(error.getArguments(), 4);
		arguments[3] = text.length();
		String[] codes = to.resolveMessageCodes("Size.tooLong", error.getField());
		return new FieldError(error.getObjectName(), error.getField(), error.getRejectedValue(),
				error.isBindingFailure(), codes, arguments, error.getDefaultMessage());
	}

	/** Collects the errors of one constructor argument, with the codes and field types of the real result. */
	private static final class ScratchResult extends org.springframework.validation.AbstractBindingResult {

		private final BindingResult real;

		ScratchResult(BindingResult real) {
			super(real.getObjectName());
			this.real = real;
			setMessageCodesResolver(new org.springframework.validation.DefaultMessageCodesResolver());
		}

		@Override
		public Object getTarget() {
			return real.getTarget();
		}

		@Override
		protected Object getActualFieldValue(String field) {
			return real.getRawFieldValue(field);
		}

		@Override
		public String[] resolveMessageCodes(String errorCode, String field) {
			return real.resolveMessageCodes(errorCode, field);
		}

		@Override
		public Class<?> getFieldType(String field) {
			return real.getFieldType(field);
		}
	}
}
