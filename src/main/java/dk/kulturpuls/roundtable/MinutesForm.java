package dk.kulturpuls.roundtable;

import jakarta.validation.constraints.Size;

/** The minutes (plain text: paragraphs, line breaks and "- " lists are kept) and outputs of a workshop. */
record MinutesForm(@Size(max = 50000) String minutes, @Size(max = 4000) String outputs) {
}
