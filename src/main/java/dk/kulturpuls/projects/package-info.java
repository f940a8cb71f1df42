/**
 * Projects: funded projects and earlier ones registered by hand, their offer type, target groups, municipalities,
 * period, status and staff. Other modules refer to a project by its {@link dk.kulturpuls.projects.ProjectId} and
 * read it through {@link dk.kulturpuls.projects.Projects}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects")
package dk.kulturpuls.projects;
