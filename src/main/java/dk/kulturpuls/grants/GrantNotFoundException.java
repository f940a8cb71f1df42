package dk.kulturpuls.grants;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A grant that does not exist, or that is not the current user's: answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class GrantNotFoundException extends RuntimeException {

	GrantNotFoundException() {
		super("grant not found");
	}
}
