/**
 * The Telegram channel: long polling (or webhook) with TelegramBots, per-chat conversations answered in order,
 * commands, buttons, HTML formatting, rate limiting and retries. It only translates messages: every answer comes
 * from {@link fr.clsbot.live.LiveAssistant}.
 */
package fr.clsbot.telegram;
