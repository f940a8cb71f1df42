package dk.kulturpuls.projects;

/** Published when a project is registered, by hand or from a grant. */
public record ProjectRegistered(ProjectId project) {
}
