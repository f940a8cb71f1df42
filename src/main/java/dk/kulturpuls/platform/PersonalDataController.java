package dk.kulturpuls.platform;

import java.time.LocalDate;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mine data" for every logged-in user (the download of their own data, never anybody else's: the user comes
 * from the login, not from the address) and the administrator's erasure of an account.
 */
@Controller
class PersonalDataController {

	private final PersonalData personalData;
	private final Accounts accounts;

	PersonalDataController(PersonalData personalData, Accounts accounts) {
		this.personalData = personalData;
		this.accounts = accounts;
	}

	@GetMapping("/account/data")
	String page(Authentication user, Model model) {
		model.addAttribute("local", accounts.exists(user.getName()));
		return "platform/personal-data";
	}

	@PostMapping("/account/data/download")
	ResponseEntity<StreamingResponseBody> download(Authentication user) {
		if (!accounts.exists(user.getName())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
		personalData.export(user.getName(), zip);
		byte[] bytes = zip.toByteArray();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"kulturpuls-mine-data-" + LocalDate.now(Formats.ZONE) + ".zip\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(out -> out.write(bytes));
	}

	/** Asks before an account is erased, and says what will be kept. */
	@GetMapping("/admin/accounts/{username}/anonymise")
	String confirm(@PathVariable String username, Authentication user, Model model) {
		Accounts.AccountView account = find(username);
		if (account.anonymised()) {
			return "redirect:/admin/accounts/" + account.username();
		}
		model.addAttribute("account", account);
		model.addAttribute("self", account.username().equals(user.getName()));
		return "platform/anonymise";
	}

	@PostMapping("/admin/accounts/{username}/anonymise")
	String anonymise(@PathVariable String username, Authentication user, Model model, RedirectAttributes redirect) {
		Accounts.AccountView account = find(username);
		if (account.username().equals(user.getName())) {
			model.addAttribute("account", account);
			model.addAttribute("self", true);
			return "platform/anonymise";
		}
		if (account.anonymised()) {
			return "redirect:/admin/accounts/" + account.username();
		}
		PersonalData.ErasureReport report = personalData.anonymise(account.username(), user.getName());
		redirect.addFlashAttribute("success", "privacy.anonymise.done");
		redirect.addFlashAttribute("erasures", new java.util.ArrayList<>(report.erasures()));
		return "redirect:/admin/accounts/" + report.account().username();
	}

	private Accounts.AccountView find(String username) {
		return accounts.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
