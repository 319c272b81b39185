/**
 * A rendered Reply → what discord.js sends. Every message goes through here, so every message is
 * fitted to Discord's limits and pings nobody (`allowedMentions: { parse: [] }`).
 */
import { type InteractionReplyOptions, MessageFlags, type MessageReplyOptions } from 'discord.js';
import { fitReply, type Reply } from './render/reply.ts';

export const NO_PINGS = { parse: [] as [] };

export function interactionPayload(
  reply: Reply,
): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  const r = fitReply(reply);
  return {
    ...(r.content ? { content: r.content } : {}),
    embeds: r.embeds,
    components: r.components,
    allowedMentions: NO_PINGS,
    ...(r.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** A reply to a mention or DM: a message reply, which does not ping its author either. */
export function messagePayload(reply: Reply): MessageReplyOptions {
  const r = fitReply(reply);
  return {
    ...(r.content ? { content: r.content } : {}),
    embeds: r.embeds,
    components: r.components,
    allowedMentions: { ...NO_PINGS, repliedUser: false },
  };
}
