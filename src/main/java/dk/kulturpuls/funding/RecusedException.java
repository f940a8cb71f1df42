package dk.kulturpuls.funding;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A reviewer who declared a conflict of interest asks for the application, its scores or its discussion. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class RecusedException extends RuntimeException {

	RecusedException() {
		super("recused: conflict of interest declared");
	}
}
