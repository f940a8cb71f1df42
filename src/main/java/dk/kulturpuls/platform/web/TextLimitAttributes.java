package dk.kulturpuls.platform.web;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;

import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/**
 * The {@code maxlength} of a form field, read from the {@code @Size(max)} of the form's own field, so that the
 * browser stops the user at the limit the server checks ({@code fragments/forms} asks it for every text field).
 * The server's check stays the one that counts; this is for the user. A field without a limit gets none.
 */
@Component("textLimitAttributes")
public class TextLimitAttributes {

	/** The limit of {@code field} of {@code form}, or null (no attribute) when it has none or is nested. */
	public Integer max(Object form, String field) {
		if (form == null || field == null || field.contains(".") || field.contains("[")) {
			return null;
		}
		Size size = size(form.getClass(), field);
		return size == null || size.max() == Integer.MAX_VALUE ? null : size.max();
	}

	private static Size size(Class<?> type, String field) {
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				if (component.getName().equals(field)) {
					return component.getAccessor().getDeclaringClass().equals(type)
							? fieldSize(type, field) : null;
				}
			}
			return null;
		}
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			Size size = fieldSize(c, field);
			if (size != null) {
				return size;
			}
		}
		return null;
	}

	private static Size fieldSize(Class<?> type, String name) {
		try {
			Field field = type.getDeclaredField(name);
			return field.getAnnotation(Size.class);
		}
		catch (NoSuchFieldException e) {
			return null;
		}
	}
}
