package dk.kulturpuls.roundtable.conference;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.kulturpuls.platform.PersonalDataContributor;

/**
 * What the conferences hold about a person, found by the account's e-mail (registration needs no account): the
 * registrations with the consent to the shared attendee list, and invitations. Erasure and retention anonymise them
 * (name, e-mail, organisation, needs); retention six months after the conference, when its follow-up is done.
 */
@Component
class ConferencePersonalData implements PersonalDataContributor {

	static final int MONTHS_AFTER = 6;
	static final String CONSENT_TEXT = "Jeg giver samtykke til, at mit navn og min organisation står på deltagerlisten, "
			+ "som deles med de andre deltagere";

	private final JdbcClient jdbc;

	ConferencePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Object> export(PersonalDataSubject subject) {
		if (subject.email() == null) {
			return Map.of();
		}
		Map<String, Object> files = new LinkedHashMap<>();
		Map<String, Object> registrations = new LinkedHashMap<>();
		registrations.put("registrations", jdbc.sql("""
				select c.title as conference, c.held_on, r.name, r.email, r.organisation, r.needs, r.language, r.status,
				       r.registered_at, r.cancelled_at
				from roundtable_conference_registration r join roundtable_conference c on c.id = r.conference_id
				where lower(r.email) = lower(:e) order by r.registered_at""").param("e", subject.email()).query()
			.listOfRows());
		registrations.put("invitations", jdbc.sql("""
				select c.title as conference, c.held_on, i.name, i.email, i.affiliation, i.status, i.invited_at,
				       i.responded_at
				from roundtable_conference_invitation i join roundtable_conference c on c.id = i.conference_id
				where lower(i.email) = lower(:e) order by i.invited_at""").param("e", subject.email()).query()
			.listOfRows());
		files.put("registrations", registrations);
		files.put("consents", jdbc.sql("""
				select c.title as conference, 'attendee list' as purpose, :text as text, r.consent as given,
				       r.registered_at as at
				from roundtable_conference_registration r join roundtable_conference c on c.id = r.conference_id
				where lower(r.email) = lower(:e) order by r.registered_at""").param("e", subject.email())
			.param("text", CONSENT_TEXT).query().listOfRows());
		return files;
	}

	@Override
	public List<Erasure> anonymise(PersonalDataSubject subject, LocalDate today) {
		if (subject.email() == null) {
			return List.of();
		}
		return List.of(Erasure.erased("conference-registrations", anonymiseRegistrations("lower(email) = lower(:e)",
				Map.of("e", subject.email()))),
				Erasure.erased("conference-invitations", anonymiseInvitations("lower(email) = lower(:e)",
						Map.of("e", subject.email()))));
	}

	@Override
	public Map<String, Integer> applyRetention(LocalDate today) {
		String past = "email not like '%@anonymiseret.invalid' and conference_id in "
				+ "(select id from roundtable_conference where held_on < :limit)";
		Map<String, Object> params = Map.of("limit", java.sql.Date.valueOf(today.minusMonths(MONTHS_AFTER)));
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("conference-registrations", anonymiseRegistrations(past, params));
		counts.put("conference-invitations", anonymiseInvitations(past, params));
		return counts;
	}

	private int anonymiseRegistrations(String where, Map<String, Object> params) {
		return jdbc.sql("""
				update roundtable_conference_registration set name = 'Anonymiseret',
				  email = 'slettet-' || id || '@anonymiseret.invalid', organisation = null, needs = null,
				  consent = false where""" + " " + where).params(params).update();
	}

	private int anonymiseInvitations(String where, Map<String, Object> params) {
		return jdbc.sql("""
				update roundtable_conference_invitation set name = 'Anonymiseret',
				  email = 'slettet-' || id || '@anonymiseret.invalid', affiliation = null where""" + " " + where)
			.params(params).update();
	}
}
