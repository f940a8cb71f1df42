/**
 * Knowledge base: publications (project reports, evaluations, research, guides) with their metadata and the text
 * of their uploaded PDF or DOCX file, searchable in Danish with facets, highlighted snippets and "more like this".
 * Internal publications are seen by programme staff only. Other modules use {@link dk.kulturpuls.knowledge.KnowledgeBase}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge")
package dk.kulturpuls.knowledge;
