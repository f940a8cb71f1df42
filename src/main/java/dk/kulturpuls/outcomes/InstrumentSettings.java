package dk.kulturpuls.outcomes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;

/**
 * The administrator's switch for the licensed scales (WEMWBS and SWEMWBS: use requires registration with Warwick
 * Medical School). A scale that is off cannot be added to a measurement plan, and no link, paper form or import
 * collects it; answers already given stay and are still analysed. Free instruments cannot be switched off.
 */
@Service
class InstrumentSettings {

	private final JdbcClient jdbc;
	private final InstrumentCatalogue instruments;
	private final AuditTrail audit;
	private final Clock clock;

	InstrumentSettings(JdbcClient jdbc, InstrumentCatalogue instruments, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.instruments = instruments;
		this.audit = audit;
		this.clock = clock;
	}

	/** A licensed instrument and whether it is on. */
	public record Setting(String code, String name, String licence, boolean enabled, Instant changedAt,
			String changedBy) {
	}

	/** Whether an instrument may be planned and collected. */
	boolean enabled(String code) {
		Instrument instrument = instruments.current(code).orElse(null);
		if (instrument == null) {
			return false;
		}
		if (!licensed(instrument)) {
			return true;
		}
		return jdbc.sql("select enabled from outcomes_instrument_setting where instrument = :i").param("i", code)
			.query(Boolean.class).optional().orElse(true);
	}

	/** The codes of the instruments that may be planned and collected now. */
	List<String> enabledCodes() {
		return instruments.all().stream().map(Instrument::code).distinct().filter(this::enabled).toList();
	}

	List<Setting> licensedSettings(java.util.Locale locale) {
		Map<String, Setting> stored = jdbc
			.sql("select instrument, enabled, changed_at, changed_by from outcomes_instrument_setting")
			.query((rs, n) -> Map.entry(rs.getString(1),
					new Setting(null, null, null, rs.getBoolean(2), rs.getTimestamp(3).toInstant(), rs.getString(4))))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return instruments.all().stream().filter(InstrumentSettings::licensed)
			.filter(i -> instruments.current(i.code()).orElseThrow() == i)
			.map(i -> {
				Setting s = stored.get(i.code());
				return new Setting(i.code(), i.name().in(locale), i.licence().in(locale), s == null || s.enabled(),
						s == null ? null : s.changedAt(), s == null ? null : s.changedBy());
			}).toList();
	}

	@Transactional
	void switchTo(String code, boolean enabled, String username) {
		Instrument instrument = instruments.current(code).filter(InstrumentSettings::licensed)
			.orElseThrow(() -> new IllegalArgumentException("not a licensed instrument: " + code));
		jdbc.sql("""
				insert into outcomes_instrument_setting (instrument, enabled, changed_at, changed_by)
				values (:i, :enabled, :at, :by)
				on conflict (instrument) do update set enabled = excluded.enabled, changed_at = excluded.changed_at,
				  changed_by = excluded.changed_by""")
			.param("i", instrument.code()).param("enabled", enabled).param("at", Timestamp.from(Instant.now(clock)))
			.param("by", username).update();
		audit.record("outcomes-instrument", instrument.code(), enabled ? "instrument-enabled" : "instrument-disabled",
				instrument.key());
	}

	/** Licensed instruments carry a licence notice in their data file. */
	static boolean licensed(Instrument instrument) {
		return instrument.licence() != null;
	}
}
