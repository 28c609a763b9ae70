/**
 * French text primitives shared by the whole engine: the one folding function ({@link fr.clsbot.text.Folding}),
 * the one stop-word list ({@link fr.clsbot.text.StopWords}), number words and ordinals
 * ({@link fr.clsbot.text.FrenchNumbers}) and sentence splitting ({@link fr.clsbot.text.SentenceSplitter}).
 */
package fr.clsbot.text;
