package dk.kulturpuls.funding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;

import dk.kulturpuls.platform.TextLimits;

/**
 * The officer's form for a new call. Criteria, eligibility questions and attachments are rows of their own; the
 * "add row" and "remove" buttons post the whole form back so that nothing typed is lost (without JavaScript too).
 */
class CallForm {

	/** An assessment criterion: name in Danish and English, weight in per cent, top of the score scale. */
	static class CriterionRow {

		@Size(max = TextLimits.NAME)
		private String nameDa;
		@Size(max = TextLimits.NAME)
		private String nameEn;
		private Integer weight;
		private Integer scale = 5;

		boolean isBlank() {
			return blank(nameDa) && blank(nameEn) && weight == null;
		}

		public String getNameDa() { return nameDa; }
		public void setNameDa(String nameDa) { this.nameDa = nameDa; }
		public String getNameEn() { return nameEn; }
		public void setNameEn(String nameEn) { this.nameEn = nameEn; }
		public Integer getWeight() { return weight; }
		public void setWeight(Integer weight) { this.weight = weight; }
		public Integer getScale() { return scale; }
		public void setScale(Integer scale) { this.scale = scale; }
	}

	/** A yes/no question asked before the form, the answer that excludes and the reason the applicant is shown. */
	static class QuestionRow {

		@Size(max = TextLimits.SHORT)
		private String textDa;
		@Size(max = TextLimits.SHORT)
		private String textEn;
		@Size(max = TextLimits.CODE)
		private String excludingAnswer;
		@Size(max = TextLimits.SHORT)
		private String reasonDa;
		@Size(max = TextLimits.SHORT)
		private String reasonEn;

		boolean isBlank() {
			return blank(textDa) && blank(textEn) && blank(reasonDa) && blank(reasonEn);
		}

		public String getTextDa() { return textDa; }
		public void setTextDa(String textDa) { this.textDa = textDa; }
		public String getTextEn() { return textEn; }
		public void setTextEn(String textEn) { this.textEn = textEn; }
		public String getExcludingAnswer() { return excludingAnswer; }
		public void setExcludingAnswer(String excludingAnswer) { this.excludingAnswer = excludingAnswer; }
		public String getReasonDa() { return reasonDa; }
		public void setReasonDa(String reasonDa) { this.reasonDa = reasonDa; }
		public String getReasonEn() { return reasonEn; }
		public void setReasonEn(String reasonEn) { this.reasonEn = reasonEn; }
	}

	/** An attachment the call asks for, required or optional. */
	static class AttachmentRow {

		@Size(max = TextLimits.NAME)
		private String nameDa;
		@Size(max = TextLimits.NAME)
		private String nameEn;
		private boolean required = true;

		boolean isBlank() {
			return blank(nameDa) && blank(nameEn);
		}

		public String getNameDa() { return nameDa; }
		public void setNameDa(String nameDa) { this.nameDa = nameDa; }
		public String getNameEn() { return nameEn; }
		public void setNameEn(String nameEn) { this.nameEn = nameEn; }
		public boolean isRequired() { return required; }
		public void setRequired(boolean required) { this.required = required; }
	}

	@NotNull
	private UUID pool;
	@NotBlank
	@Size(max = TextLimits.NAME)
	private String titleDa;
	@Size(max = TextLimits.NAME)
	private String titleEn;
	@NotBlank
	@Size(max = TextLimits.LONG)
	private String textDa;
	@Size(max = TextLimits.LONG)
	private String textEn;
	@NotNull
	private LocalDate opensDate;
	@NotBlank
	@Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d")
	private String opensTime = "09:00";
	@NotNull
	private LocalDate deadlineDate;
	@NotBlank
	@Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d")
	private String deadlineTime = "12:00";
	private Set<String> offerTypes = new LinkedHashSet<>();
	private Set<String> targetGroups = new LinkedHashSet<>();
	@Valid
	private List<CriterionRow> criteria = new ArrayList<>();
	@Valid
	private List<QuestionRow> questions = new ArrayList<>();
	@Valid
	private List<AttachmentRow> attachments = new ArrayList<>();
	/** The version of the call being edited (null for a new call). */
	private Long version;

	/** The form filled from a stored call, for editing it. */
	static CallForm of(Call call) {
		CallForm form = new CallForm();
		form.pool = call.pool().value();
		form.titleDa = call.title().da();
		form.titleEn = call.title().en();
		form.textDa = call.text().da();
		form.textEn = call.text().en();
		java.time.ZonedDateTime opens = call.opensAt().atZone(dk.kulturpuls.platform.Formats.ZONE);
		java.time.ZonedDateTime deadline = call.deadline().atZone(dk.kulturpuls.platform.Formats.ZONE);
		form.opensDate = opens.toLocalDate();
		form.opensTime = String.format("%02d:%02d", opens.getHour(), opens.getMinute());
		form.deadlineDate = deadline.toLocalDate();
		form.deadlineTime = String.format("%02d:%02d", deadline.getHour(), deadline.getMinute());
		form.offerTypes = new LinkedHashSet<>(call.offerTypes());
		form.targetGroups = new LinkedHashSet<>(call.targetGroups());
		for (Criterion criterion : call.criteria()) {
			CriterionRow row = new CriterionRow();
			row.nameDa = criterion.name().da();
			row.nameEn = criterion.name().en();
			row.weight = criterion.weight();
			row.scale = criterion.scaleMax();
			form.criteria.add(row);
		}
		for (EligibilityQuestion question : call.questions()) {
			QuestionRow row = new QuestionRow();
			row.textDa = question.text().da();
			row.textEn = question.text().en();
			row.excludingAnswer = question.excludingAnswer() ? "yes" : "no";
			row.reasonDa = question.reason().da();
			row.reasonEn = question.reason().en();
			form.questions.add(row);
		}
		for (RequiredAttachment attachment : call.requiredAttachments()) {
			AttachmentRow row = new AttachmentRow();
			row.nameDa = attachment.name().da();
			row.nameEn = attachment.name().en();
			row.required = attachment.required();
			form.attachments.add(row);
		}
		form.version = call.version();
		return form;
	}

	/** An empty form with one empty row of each kind to start from. */
	static CallForm empty() {
		CallForm form = new CallForm();
		form.criteria.add(new CriterionRow());
		form.questions.add(new QuestionRow());
		form.attachments.add(new AttachmentRow());
		return form;
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
	public UUID getPool() { return pool; }
	public void setPool(UUID pool) { this.pool = pool; }
	public String getTitleDa() { return titleDa; }
	public void setTitleDa(String titleDa) { this.titleDa = titleDa; }
	public String getTitleEn() { return titleEn; }
	public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
	public String getTextDa() { return textDa; }
	public void setTextDa(String textDa) { this.textDa = textDa; }
	public String getTextEn() { return textEn; }
	public void setTextEn(String textEn) { this.textEn = textEn; }
	public LocalDate getOpensDate() { return opensDate; }
	public void setOpensDate(LocalDate opensDate) { this.opensDate = opensDate; }
	public String getOpensTime() { return opensTime; }
	public void setOpensTime(String opensTime) { this.opensTime = opensTime; }
	public LocalDate getDeadlineDate() { return deadlineDate; }
	public void setDeadlineDate(LocalDate deadlineDate) { this.deadlineDate = deadlineDate; }
	public String getDeadlineTime() { return deadlineTime; }
	public void setDeadlineTime(String deadlineTime) { this.deadlineTime = deadlineTime; }
	public Set<String> getOfferTypes() { return offerTypes; }
	public void setOfferTypes(Set<String> offerTypes) { this.offerTypes = offerTypes == null ? new LinkedHashSet<>() : offerTypes; }
	public Set<String> getTargetGroups() { return targetGroups; }
	public void setTargetGroups(Set<String> targetGroups) { this.targetGroups = targetGroups == null ? new LinkedHashSet<>() : targetGroups; }
	public List<CriterionRow> getCriteria() { return criteria; }
	public void setCriteria(List<CriterionRow> criteria) { this.criteria = criteria == null ? new ArrayList<>() : criteria; }
	public List<QuestionRow> getQuestions() { return questions; }
	public void setQuestions(List<QuestionRow> questions) { this.questions = questions == null ? new ArrayList<>() : questions; }
	public List<AttachmentRow> getAttachments() { return attachments; }
	public void setAttachments(List<AttachmentRow> attachments) { this.attachments = attachments == null ? new ArrayList<>() : attachments; }
}
