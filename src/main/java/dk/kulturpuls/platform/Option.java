package dk.kulturpuls.platform;

/** A choice in a select, a group of checkboxes or radio buttons: the submitted value and its shown label. */
public record Option(String value, String label) {
}
