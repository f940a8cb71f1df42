package dk.kulturpuls.funding;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.kulturpuls.geography.MunicipalityView;
import dk.kulturpuls.geography.Municipalities;

/** Names of municipalities by code, for templates: {@code @municipalityNames.names(codes)}. */
@Component("municipalityNames")
class MunicipalityNames {

	private final Municipalities municipalities;

	MunicipalityNames(Municipalities municipalities) {
		this.municipalities = municipalities;
	}

	public List<String> names(Collection<String> codes) {
		return municipalities.all().stream().filter(m -> codes.contains(m.code().value())).map(MunicipalityView::name)
			.sorted().toList();
	}
}
