package dk.kulturpuls.roundtable;

import java.util.UUID;

/** A roundtable process as pages and the API read it. */
public record RoundtableView(UUID id, String name, String purpose, int firstYear, int lastYear) {
}
