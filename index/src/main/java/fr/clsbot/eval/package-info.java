/** Measuring the engine: question sets with expected answers, their matching rules, and a plain BM25 baseline. */
package fr.clsbot.eval;
