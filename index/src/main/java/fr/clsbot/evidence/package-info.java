/**
 * What answers are made of: every typed fact of a contract and every sentence of its sources, as
 * {@link fr.clsbot.evidence.Evidence}, built from a knowledge base by
 * {@link fr.clsbot.evidence.EvidenceBuilder};
 * {@link fr.clsbot.evidence.EvidenceEntities} tags each piece with the entities it holds.
 */
package fr.clsbot.evidence;
