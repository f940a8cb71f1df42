package dk.kulturpuls.geography;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The map of Region Nordjylland with its municipalities, and the boundaries the maps draw. */
@Controller
class GeographyController {

	private final Municipalities municipalities;
	private final Boundaries boundaries;

	GeographyController(Municipalities municipalities, Boundaries boundaries) {
		this.municipalities = municipalities;
		this.boundaries = boundaries;
	}

	@GetMapping("/geography/nordjylland")
	String northJutland(Model model) {
		var list = municipalities.inRegion(Municipalities.NORTH_JUTLAND);
		model.addAttribute("municipalities", list);
		model.addAttribute("totalPopulation",
				list.stream().mapToLong(m -> m.population() == null ? 0 : m.population()).sum());
		model.addAttribute("attribution", Boundaries.ATTRIBUTION);
		return "geography/nordjylland";
	}

	@GetMapping(path = "/geography/boundaries/{region}.geojson")
	ResponseEntity<byte[]> boundaries(@PathVariable String region) {
		if (!region.matches("\\d{4}|all")) {
			return ResponseEntity.notFound().build();
		}
		byte[] body = boundaries.geoJson(region);
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/geo+json"))
				.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
				.body(body);
	}
}
