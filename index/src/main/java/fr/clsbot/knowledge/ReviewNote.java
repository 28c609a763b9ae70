package fr.clsbot.knowledge;

/**
 * Something a person should check in a draft written by {@code ingest}: a fact extracted with low confidence, or
 * one the document did not give. Written under {@code review:} in the draft, ignored when answering.
 *
 * @param field the field concerned ({@code signing}, {@code axes}, {@code territory}…)
 * @param note  what to check, in French ("à vérifier : date prise dans une phrase sans le mot signature")
 * @param quote the passage concerned, when there is one
 */
public record ReviewNote(String field, String note, String quote) {
}
