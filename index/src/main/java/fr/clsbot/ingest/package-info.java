/**
 * Ingesting documents: reads a press release or a contract (text, Markdown, HTML, PDF, DOCX), extracts the typed
 * facts French administrative writing states (territory, period, signing, axes, figures, dates, signatories,
 * governance, contacts) and writes a draft contract file, every fact with its source passage.
 */
package fr.clsbot.ingest;
