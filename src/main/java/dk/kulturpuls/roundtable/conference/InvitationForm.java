package dk.kulturpuls.roundtable.conference;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An invitation of a key political person. */
record InvitationForm(@NotBlank @Size(max = 200) String inviteeName,
		@NotBlank @Email @Size(max = 254) String inviteeEmail, @Size(max = 200) String inviteeAffiliation,
		@NotBlank @Pattern(regexp = "da|en") String language) {

	static InvitationForm empty() {
		return new InvitationForm(null, null, null, "da");
	}
}
