/**
 * Question answering: {@link fr.clsbot.answer.Assistant} is the front door every channel calls. It reads the
 * question (territory, intent, concepts), composes a short French answer from typed facts with its sources, or
 * refuses honestly, saying what it does know.
 */
package fr.clsbot.answer;
