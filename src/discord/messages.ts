/**
 * Mentions and DMs as questions. A message in a channel that mentions the bot, or any DM, is a
 * question with the mention taken out; bots (this one included) and bare @everyone/@here are ignored.
 * Works without the privileged MessageContent intent: Discord sends the content of mentions and DMs.
 */
import type { Message } from 'discord.js';
import { askReply } from './asking.ts';
import type { BotContext } from './context.ts';
import { cooldownNote, FAILURE_NOTE } from './dispatcher.ts';
import type { Reply } from './render/reply.ts';
import { messagePayload } from './send.ts';

export interface IncomingMessage {
  content: string;
  fromBot: boolean;
  inGuild: boolean;
  /** The bot is among the message's user mentions (not through @everyone or a role). */
  mentionsBot: boolean;
}

const BROADCAST_ONLY = /^(?:\s*@(?:everyone|here)\b)*\s*$/i;

/** The question a message asks the bot, or undefined when the bot should stay quiet. */
export function messageQuestion(m: IncomingMessage, botId: string): string | undefined {
  if (m.fromBot) return undefined;
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  const addressed = m.mentionsBot || mention.test(m.content);
  if (m.inGuild && !addressed) return undefined;
  const question = m.content.replace(mention, ' ').trim();
  if (BROADCAST_ONLY.test(question) && !(m.inGuild && question === '')) return undefined;
  return question;
}

/** Handles one message; resolves once the reply is sent (or the message is ignored). */
export async function handleMessage(message: Message, ctx: BotContext, botId: string): Promise<void> {
  const question = messageQuestion(
    {
      content: message.content,
      fromBot: message.author.bot || message.system || !!message.webhookId,
      inGuild: message.guildId !== null,
      mentionsBot: message.mentions.users.has(botId),
    },
    botId,
  );
  if (question === undefined) return;
  let reply: Reply;
  try {
    const wait = ctx.cooldown.take(message.author.id);
    reply = wait
      ? { content: cooldownNote(wait), embeds: [], components: [] }
      : askReply(ctx, question, { id: message.id, channelId: message.channelId, userId: message.author.id });
  } catch (error) {
    ctx.logger.error({ err: error, message: message.id }, 'handler failed');
    reply = { content: FAILURE_NOTE, embeds: [], components: [] };
  }
  await message.reply(messagePayload(reply));
}
