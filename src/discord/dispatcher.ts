/**
 * Routes an interaction to its handler and sends the reply: slash commands by name, autocomplete to
 * the command's suggester, buttons to the answer buttons. Thin on purpose: handlers decide what to
 * say, this decides only who answers and enforces the cooldown.
 */
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord.js';
import { buttonReply } from './asking.ts';
import type { SlashCommand } from './commands/command.ts';
import { commandByName } from './commands/index.ts';
import type { BotContext, Origin } from './context.ts';
import { parseButtonId } from './custom-id.ts';
import type { Reply } from './render/reply.ts';
import { interactionPayload } from './send.ts';

const note = (content: string): Reply => ({ content, embeds: [], components: [], ephemeral: true });

export const cooldownNote = (seconds: number) =>
  `You're asking faster than I can keep up with fairly, sorry. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;

export const unknownCommandNote = (name: string) =>
  `I don't know the command \`/${name.replace(/[^\w-]/g, '')}\` (it may be from an older version of me). \`/help\` lists what I can do.`;

export const FAILURE_NOTE = 'Sorry, something went wrong while answering that. Please try again.';

const originOf = (i: Interaction): Origin => ({
  id: i.id,
  channelId: i.channelId ?? i.user.id,
  userId: i.user.id,
  ...(i.guildId ? { guildId: i.guildId } : {}),
  // As Discord computed them for this member in this channel (owner and Administrator included).
  canManageGuild: i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
});

function commandReply(
  i: ChatInputCommandInteraction,
  command: SlashCommand | undefined,
  ctx: BotContext,
): Reply | Promise<Reply> {
  if (!command) return note(unknownCommandNote(i.commandName));
  if (command.cooldown) {
    const wait = ctx.cooldown.take(i.user.id);
    if (wait) return note(cooldownNote(wait));
  }
  return command.run(i.options, originOf(i), ctx);
}

function componentReply(i: ButtonInteraction, ctx: BotContext): Reply {
  // More passages searches again and counts; context only reads.
  if (parseButtonId(i.customId)?.kind === 'more') {
    const wait = ctx.cooldown.take(i.user.id);
    if (wait) return note(cooldownNote(wait));
  }
  return buttonReply(ctx, i.customId, i.message?.flags?.has(MessageFlags.Ephemeral) ?? false);
}

export async function handleInteraction(i: Interaction, ctx: BotContext): Promise<void> {
  if (i.isAutocomplete()) {
    const command = commandByName.get(i.commandName);
    let suggestions: { name: string; value: string | number }[] = [];
    try {
      suggestions = command?.autocomplete?.(i.options, originOf(i), ctx) ?? [];
    } catch (error) {
      ctx.logger.error({ err: error, command: i.commandName }, 'autocomplete failed');
    }
    await i.respond(suggestions);
    return;
  }
  if (!i.isChatInputCommand() && !i.isButton()) {
    if (i.isRepliable()) await i.reply(interactionPayload(note("I don't handle that kind of interaction.")));
    return;
  }
  let reply: Reply;
  try {
    const result = i.isChatInputCommand()
      ? commandReply(i, commandByName.get(i.commandName), ctx)
      : componentReply(i, ctx);
    if (result instanceof Promise) {
      result.catch(() => {}); // Awaited below; this only keeps a failed deferral from leaving it unhandled.
      // Slow work (a download) could pass Discord's 3 s limit for a reply: defer (privately), then edit.
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      let later: Reply;
      try {
        later = await result;
      } catch (error) {
        ctx.logger.error({ err: error, interaction: i.id }, 'handler failed');
        later = note(FAILURE_NOTE);
      }
      const { flags: _ephemeral, ...edit } = interactionPayload(later);
      await i.editReply(edit);
      return;
    }
    reply = result;
  } catch (error) {
    ctx.logger.error({ err: error, interaction: i.id }, 'handler failed');
    reply = note(FAILURE_NOTE);
  }
  try {
    await i.reply(interactionPayload(reply));
  } catch (error) {
    ctx.logger.error({ err: error, interaction: i.id }, 'reply failed');
    // Discord turned the reply down (and the interaction is still open): say so rather than stay silent.
    if (!i.replied && !i.deferred && (error as { status?: number }).status === 400)
      await i.reply(interactionPayload(note(FAILURE_NOTE))).catch(() => {});
  }
}
