/**
 * A running assistant that follows its knowledge base: reloads build a new index aside and swap it in whole,
 * and a broken edit is rejected with its validation errors while the last good index keeps serving.
 */
package fr.clsbot.live;
