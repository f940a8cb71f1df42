package dk.kulturpuls.funding;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.validation.Errors;

import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.LocalizedText;

/**
 * The cross-field rules of the officer's call form, new or edited: each criterion, question and attachment row is
 * complete, the weights add up to 100, the attachments' names differ, an offer type is chosen and the deadline
 * comes after the opening. Every problem is reported at once as a field error; what is valid comes back as the
 * call's terms and rows.
 */
final class CallFormRows {

	record Parsed(Call.Terms terms, List<Criterion> criteria, List<EligibilityQuestion> questions,
			List<RequiredAttachment> attachments) {
	}

	private CallFormRows() {
	}

	/**
	 * Checks the form; with {@code rowsFixed} (a published call) the rows are not read, since they cannot change.
	 *
	 * @return the parsed call, or null when the form has errors
	 */
	static Parsed parse(CallForm form, Errors errors, boolean rowsFixed) {
		List<Criterion> criteria = new ArrayList<>();
		List<EligibilityQuestion> questions = new ArrayList<>();
		List<RequiredAttachment> attachments = new ArrayList<>();
		if (!rowsFixed) {
			criteria(form, errors, criteria);
			questions(form, errors, questions);
			attachments(form, errors, attachments);
		}
		if (form.getOfferTypes().isEmpty()) {
			errors.rejectValue("offerTypes", "callForm.offerTypes.required");
		}
		ZonedDateTime opens = at(form.getOpensDate(), form.getOpensTime());
		ZonedDateTime deadline = at(form.getDeadlineDate(), form.getDeadlineTime());
		if (opens != null && deadline != null && !deadline.isAfter(opens)) {
			errors.rejectValue("deadlineDate", "callForm.deadline.beforeOpening");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Parsed(new Call.Terms(new PoolId(form.getPool()), LocalizedText.of(form.getTitleDa().strip(),
				strip(form.getTitleEn())), LocalizedText.of(form.getTextDa().strip(), strip(form.getTextEn())),
				opens.toInstant(), deadline.toInstant(), Set.copyOf(form.getOfferTypes()),
				Set.copyOf(form.getTargetGroups())), criteria, questions, attachments);
	}

	private static void criteria(CallForm form, Errors errors, List<Criterion> criteria) {
		for (int i = 0; i < form.getCriteria().size(); i++) {
			CallForm.CriterionRow row = form.getCriteria().get(i);
			String path = "criteria[" + i + "].";
			if (row.isBlank() || errors.hasFieldErrors(path + "weight") || errors.hasFieldErrors(path + "scale")) {
				continue;
			}
			Object[] number = { i + 1 };
			boolean ok = true;
			if (CallForm.blank(row.getNameDa())) {
				errors.rejectValue(path + "nameDa", "callForm.criterion.name", number, null);
				ok = false;
			}
			if (row.getWeight() == null || row.getWeight() < 1 || row.getWeight() > 100) {
				errors.rejectValue(path + "weight", "callForm.criterion.weight", number, null);
				ok = false;
			}
			if (row.getScale() == null || row.getScale() < 2 || row.getScale() > 100) {
				errors.rejectValue(path + "scale", "callForm.criterion.scale", number, null);
				ok = false;
			}
			if (ok) {
				criteria.add(new Criterion(LocalizedText.of(row.getNameDa().strip(), strip(row.getNameEn())),
						row.getWeight(), row.getScale()));
			}
		}
		if (form.getCriteria().stream().allMatch(CallForm.CriterionRow::isBlank)) {
			errors.rejectValue("criteria", "callForm.criteria.required");
		}
		else if (!criteria.isEmpty() && criteria.size() == form.getCriteria().stream().filter(r -> !r.isBlank()).count()
				&& criteria.stream().mapToInt(Criterion::weight).sum() != 100) {
			errors.rejectValue("criteria", "callForm.criteria.weights",
					new Object[] { criteria.stream().mapToInt(Criterion::weight).sum() }, null);
		}
	}

	private static void questions(CallForm form, Errors errors, List<EligibilityQuestion> questions) {
		for (int i = 0; i < form.getQuestions().size(); i++) {
			CallForm.QuestionRow row = form.getQuestions().get(i);
			String path = "questions[" + i + "].";
			if (row.isBlank()) {
				continue;
			}
			Object[] number = { i + 1 };
			boolean ok = true;
			if (CallForm.blank(row.getTextDa())) {
				errors.rejectValue(path + "textDa", "callForm.question.text", number, null);
				ok = false;
			}
			if (!"yes".equals(row.getExcludingAnswer()) && !"no".equals(row.getExcludingAnswer())) {
				errors.rejectValue(path + "excludingAnswer", "callForm.question.answer", number, null);
				ok = false;
			}
			if (CallForm.blank(row.getReasonDa())) {
				errors.rejectValue(path + "reasonDa", "callForm.question.reason", number, null);
				ok = false;
			}
			if (ok) {
				questions.add(new EligibilityQuestion(LocalizedText.of(row.getTextDa().strip(), strip(row.getTextEn())),
						"yes".equals(row.getExcludingAnswer()),
						LocalizedText.of(row.getReasonDa().strip(), strip(row.getReasonEn()))));
			}
		}
	}

	private static void attachments(CallForm form, Errors errors, List<RequiredAttachment> attachments) {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < form.getAttachments().size(); i++) {
			CallForm.AttachmentRow row = form.getAttachments().get(i);
			String path = "attachments[" + i + "].";
			if (row.isBlank()) {
				continue;
			}
			if (CallForm.blank(row.getNameDa())) {
				errors.rejectValue(path + "nameDa", "callForm.attachment.name", new Object[] { i + 1 }, null);
				continue;
			}
			String code = RequiredAttachment.codeFor(row.getNameDa());
			if (!codes.add(code)) {
				errors.rejectValue(path + "nameDa", "callForm.attachment.duplicate", new Object[] { i + 1 }, null);
				continue;
			}
			attachments.add(new RequiredAttachment(code,
					LocalizedText.of(row.getNameDa().strip(), strip(row.getNameEn())), row.isRequired()));
		}
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static ZonedDateTime at(java.time.LocalDate date, String time) {
		if (date == null || time == null || !time.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
			return null;
		}
		return ZonedDateTime.of(date, LocalTime.parse(time), Formats.ZONE);
	}
}
