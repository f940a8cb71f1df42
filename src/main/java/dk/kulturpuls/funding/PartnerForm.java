package dk.kulturpuls.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A partner organisation and its role. */
record PartnerForm(long version, @NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 500) String role) {
}
