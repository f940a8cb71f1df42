package dk.kulturpuls.platform.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form binding for every controller: surrounding blanks are trimmed and an empty field binds as "not given",
 * so that a blank required field reports one clear error ("Udfyld feltet") rather than a format error too.
 */
@ControllerAdvice
class BindingAdvice {

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}
}
