/**
 * The national roundtable process: the actor map with its network metrics, workshops with invitations,
 * attendance and minutes, assignments between workshops, and the process's co-funded budget. The secretariat runs
 * it under /secretariat; participants (local accounts linked to a contact person of an organisation) see their
 * workshops and assignments under /roundtable.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roundtable")
package dk.kulturpuls.roundtable;
