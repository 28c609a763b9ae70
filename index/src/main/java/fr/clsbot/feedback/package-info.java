/**
 * The maintainers' feedback loop: every question is recorded (chat ids hashed, size and age bounded), and a report
 * shows the answer rate by intent and territory and the questions asked in vain, paraphrases grouped together.
 */
package fr.clsbot.feedback;
