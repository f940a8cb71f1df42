package dk.kulturpuls.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.ITemplateEnd;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Names the field in every line of a form's error summary ("Titel: Udfyld feltet."). The summary is written
 * before the fields, so it cannot know their labels; it marks each line with {@code data-kp-field="<id>"}, and
 * this post-processor, once the page is written, puts the text of the field's own {@code <label for="<id>">}
 * (or the {@code <legend>} of {@code <fieldset id="<id>">}) in front of the message, and puts the lines of a
 * list marked {@code data-kp-error-list} in the order of the fields on the page. One mechanism for every
 * form, with the label the user sees beside the field, and no list of labels to keep in step per template. A
 * page without an error summary streams unchanged; from the first marked line on, the rest of the page is held
 * until its end.
 */
@Component
class ErrorSummaryLabels extends AbstractDialect implements IPostProcessorDialect {

	static final String FIELD_ATTRIBUTE = "data-kp-field";
	static final String LIST_ATTRIBUTE = "data-kp-error-list";

	ErrorSummaryLabels() {
		super("kulturpuls-error-summary");
	}

	@Override
	public int getDialectPostProcessorPrecedence() {
		return 1000;
	}

	@Override
	public Set<IPostProcessor> getPostProcessors() {
		return Set.of(new PostProcessor(TemplateMode.HTML, Handler.class, 1000));
	}

	/** Holds the page from the first marked summary line, collects the labels, and writes the lines with them. */
	public static final class Handler extends AbstractTemplateHandler {

		private List<ITemplateEvent> held;

		public Handler() {
		}

		private boolean hold(ITemplateEvent event) {
			if (held == null && event instanceof IOpenElementTag tag
					&& (tag.hasAttribute(LIST_ATTRIBUTE) || tag.hasAttribute(FIELD_ATTRIBUTE))) {
				held = new ArrayList<>();
			}
			if (held == null) {
				return false;
			}
			held.add(event);
			return true;
		}

		@Override
		public void handleOpenElement(IOpenElementTag tag) {
			if (!hold(tag)) {
				super.handleOpenElement(tag);
			}
		}

		@Override
		public void handleCloseElement(ICloseElementTag tag) {
			if (!hold(tag)) {
				super.handleCloseElement(tag);
			}
		}

		@Override
		public void handleStandaloneElement(IStandaloneElementTag tag) {
			if (!hold(tag)) {
				super.handleStandaloneElement(tag);
			}
		}

		@Override
		public void handleText(IText text) {
			if (!hold(text)) {
				super.handleText(text);
			}
		}

		@Override
		public void handleComment(org.thymeleaf.model.IComment comment) {
			if (!hold(comment)) {
				super.handleComment(comment);
			}
		}

		@Override
		public void handleCDATASection(org.thymeleaf.model.ICDATASection section) {
			if (!hold(section)) {
				super.handleCDATASection(section);
			}
		}

		@Override
		public void handleTemplateEnd(ITemplateEnd end) {
			if (held != null) {
				List<ITemplateEvent> events = held;
				held = null;
				Map<String, String> labels = labels(events);
				replay(events, labels);
			}
			super.handleTemplateEnd(end);
		}

		/** The text of each {@code <label for>} and of each {@code <fieldset id>}'s legend, by the field's id. */
		static Map<String, String> labels(List<ITemplateEvent> events) {
			Map<String, String> labels = new java.util.LinkedHashMap<>();
			String fieldset = null;
			String capturing = null;
			StringBuilder text = new StringBuilder();
			int depth = 0;
			for (ITemplateEvent event : events) {
				if (capturing != null) {
					if (event instanceof IOpenElementTag) {
						depth++;
					}
					else if (event instanceof ICloseElementTag) {
						if (depth-- == 0) {
							labels.putIfAbsent(capturing, text.toString().strip().replaceAll("\\s+", " "));
							capturing = null;
						}
					}
					else if (event instanceof IText t) {
						text.append(t.getText());
					}
					continue;
				}
				if (event instanceof IOpenElementTag tag) {
					String name = tag.getElementCompleteName();
					if ("label".equals(name) && tag.hasAttribute("for")) {
						capturing = tag.getAttributeValue("for");
					}
					else if ("legend".equals(name) && fieldset != null) {
						capturing = fieldset;
						fieldset = null;
					}
					else if ("fieldset".equals(name)) {
						fieldset = tag.getAttributeValue("id");
					}
					if (capturing != null) {
						text.setLength(0);
						depth = 0;
					}
				}
			}
			return labels;
		}

		private void replay(List<ITemplateEvent> events, Map<String, String> labels) {
			List<String> order = new ArrayList<>(labels.keySet());
			for (int i = 0; i < events.size(); i++) {
				ITemplateEvent event = events.get(i);
				if (event instanceof IOpenElementTag tag && tag.hasAttribute(LIST_ATTRIBUTE)) {
					int end = closing(events, i);
					emit(getContext().getModelFactory().removeAttribute(tag, LIST_ATTRIBUTE), labels);
					for (List<ITemplateEvent> line : inFormOrder(events.subList(i + 1, end), order)) {
						line.forEach(e -> emit(e, labels));
					}
					i = end - 1;
					continue;
				}
				emit(event, labels);
			}
		}

		/** The index of the event that closes the element opened at {@code open}. */
		private static int closing(List<ITemplateEvent> events, int open) {
			int depth = 0;
			for (int i = open + 1; i < events.size(); i++) {
				if (events.get(i) instanceof IOpenElementTag) {
					depth++;
				}
				else if (events.get(i) instanceof ICloseElementTag && depth-- == 0) {
					return i;
				}
			}
			return events.size();
		}

		/** The list's children, those naming a field in the order the fields come on the page, the others after. */
		private static List<List<ITemplateEvent>> inFormOrder(List<ITemplateEvent> children, List<String> order) {
			List<List<ITemplateEvent>> lines = new ArrayList<>();
			for (int i = 0; i < children.size(); i++) {
				if (children.get(i) instanceof IOpenElementTag) {
					int end = closing(children, i);
					lines.add(new ArrayList<>(children.subList(i, Math.min(end + 1, children.size()))));
					i = end;
				}
			}
			lines.sort(java.util.Comparator.comparingInt(line -> line.stream()
				.filter(e -> e instanceof IOpenElementTag tag && tag.hasAttribute(FIELD_ATTRIBUTE))
				.map(e -> order.indexOf(((IOpenElementTag) e).getAttributeValue(FIELD_ATTRIBUTE)))
				.map(index -> index < 0 ? Integer.MAX_VALUE : index).findFirst().orElse(Integer.MAX_VALUE)));
			return lines;
		}

		private int pendingMessage = -1;
		private final StringBuilder message = new StringBuilder();
		private String pendingLabel;

		/** Writes one event; the text of a marked line is held until the line ends, then written with its label. */
		private void emit(ITemplateEvent event, Map<String, String> labels) {
			var factory = getContext().getModelFactory();
			if (pendingMessage >= 0 && event instanceof IText t) {
				message.append(t.getText());
				return;
			}
			if (pendingMessage >= 0) {
				String line = pendingLabel == null || pendingLabel.isEmpty() ? message.toString()
						: item(pendingLabel, message.toString());
				getNext().handleText(factory.createText(line));
				pendingMessage = -1;
			}
			if (event instanceof IOpenElementTag tag && tag.hasAttribute(FIELD_ATTRIBUTE)) {
				pendingLabel = labels.get(tag.getAttributeValue(FIELD_ATTRIBUTE));
				pendingMessage = 0;
				message.setLength(0);
				getNext().handleOpenElement(factory.removeAttribute(tag, FIELD_ATTRIBUTE));
				return;
			}
			switch (event) {
				case IOpenElementTag tag -> getNext().handleOpenElement(tag);
				case ICloseElementTag tag -> getNext().handleCloseElement(tag);
				case IStandaloneElementTag tag -> getNext().handleStandaloneElement(tag);
				case IText text -> getNext().handleText(text);
				case org.thymeleaf.model.IComment comment -> getNext().handleComment(comment);
				case org.thymeleaf.model.ICDATASection section -> getNext().handleCDATASection(section);
				default -> throw new IllegalStateException("unexpected event " + event);
			}
		}

		/** "Label: message" as the message file words it ({@code form.errorSummary.item}). */
		private String item(String label, String message) {
			String item = getContext().getMessage(ErrorSummaryLabels.class, "form.errorSummary.item",
					new Object[] { label, message }, false);
			return item == null ? label + ": " + message : item;
		}
	}
}
