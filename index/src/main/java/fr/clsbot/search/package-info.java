/**
 * The French Lucene index of a knowledge base: analysis (elision, accent folding, light stemming), query-time
 * synonyms, spelling correction against the base's own vocabulary, and retrieval of typed facts and passages.
 */
package fr.clsbot.search;
