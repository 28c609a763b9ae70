/**
 * Named entities of French CLS documents, found in any sentence: dates and periods, amounts, percentages,
 * durations, counts (with what they count), ordinals, places, organisations, persons with their role, groups of
 * people ("les habitants"), phones and e-mails. One front door, {@link fr.clsbot.entity.EntityRecognizer}, shared by ingest (to write typed facts)
 * and by the answering engine (to tag every sentence of every source as evidence). The vocabularies
 * (organisations, roles, first names) are data files beside this package.
 */
package fr.clsbot.entity;
