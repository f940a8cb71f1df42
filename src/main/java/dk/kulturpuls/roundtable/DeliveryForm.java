package dk.kulturpuls.roundtable;

import jakarta.validation.constraints.Size;

/** A participant's delivery of an assignment. */
record DeliveryForm(@Size(max = 4000) String note) {
}
