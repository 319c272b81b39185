/**
 * An Answer from the core as a Discord reply: one embed per quoted passage (the sentence exactly as
 * the article has it, who says so and how, where it is), buttons for more passages and for context.
 * Abstention is a polite note, with related passages clearly labelled as not being an answer.
 */

import type { APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import { ButtonStyle, ComponentType } from 'discord.js';
import type { Answer, Passage, PassageRef } from '../../answer/types.ts';
import { LIMITS } from '../limits.ts';
import { clip, escapeMarkdown, oneLine, safe } from '../text.ts';
import type { ButtonRow, Reply } from './reply.ts';
import { STANCE_COLOR, STANCE_LABEL } from './stance.ts';

export const RELATED_LABEL = 'Related, but not an answer';
/** Longest echo of the user's question (the rest of the message is for the article's words). */
export const QUESTION_ECHO_CHARS = 300;

export interface AnswerButtons {
  /** custom_id of "More passages"; absent when there can be no more. */
  more?: string;
  /** custom_id of "Show context" for a passage; undefined leaves its button out. */
  context: (ref: PassageRef, index: number) => string | undefined;
}

export interface AnswerRenderOptions {
  buttons?: AnswerButtons;
  /** Number of the first passage (1 normally; 4 for the second page). */
  first?: number;
  ephemeral?: boolean;
}

/** Room for one quote so that `count` passage embeds stay under the message total by construction. */
export function quoteBudget(count: number): number {
  // About 700 characters per embed go to its title, fields and footer.
  const perEmbed = Math.floor(LIMITS.embedTotal / Math.max(1, count)) - 700;
  return Math.max(200, Math.min(LIMITS.embedDescription, perEmbed)) - 2; // 2: the quotation marks
}

export const quoted = (text: string, max: number) => `“${safe(oneLine(text), max)}”`;

function place(p: Passage): string {
  return `paragraph ${p.paragraph}, sentence ${p.position}`;
}

function disputeField(other: NonNullable<Passage['disputedBy']>[number]): APIEmbedField {
  const who = `— ${escapeMarkdown(oneLine(other.attribution))} (${STANCE_LABEL[other.stance]})`;
  return {
    name: clip(`⚖️ Disputed: ${escapeMarkdown(oneLine(other.about))}`, LIMITS.fieldName),
    value: `${quoted(other.text, LIMITS.fieldValue - who.length - 4)}\n${clip(who, 200)}`,
  };
}

/** One passage as an embed. `label` heads it ("Passage 1", or "Related, but not an answer"). */
export function passageEmbed(p: Passage, label: string, quoteMax: number): APIEmbed {
  const footer = [p.article.publisher, p.article.date].filter(Boolean).map((s) => oneLine(s ?? ''));
  const embed: APIEmbed = {
    author: { name: clip(label, LIMITS.authorName) },
    title: clip(oneLine(p.article.title) || p.article.id, LIMITS.embedTitle),
    description: quoted(p.text, quoteMax),
    color: STANCE_COLOR[p.stance],
    fields: [
      { name: 'Who says so', value: clip(escapeMarkdown(oneLine(p.attribution)) || '—', 300), inline: true },
      { name: 'How', value: STANCE_LABEL[p.stance], inline: true },
      { name: 'Where', value: place(p), inline: true },
      ...(p.disputedBy ?? []).slice(0, 3).map(disputeField),
    ],
  };
  if (p.article.url) embed.url = p.article.url;
  if (footer.length) embed.footer = { text: clip(footer.join(' · '), 200) };
  return embed;
}

function button(
  label: string,
  customId: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary,
): APIButtonComponent {
  return { type: ComponentType.Button, style, label, custom_id: customId };
}

function buttonRows(
  passages: readonly Passage[],
  buttons: AnswerButtons | undefined,
  first: number,
): ButtonRow[] {
  if (!buttons) return [];
  const list: APIButtonComponent[] = [];
  if (buttons.more) list.push(button('More passages', buttons.more, ButtonStyle.Primary));
  passages.forEach((p, i) => {
    const id = buttons.context(p.ref, i);
    if (id) list.push(button(passages.length > 1 ? `Show context #${first + i}` : 'Show context', id));
  });
  const rows: ButtonRow[] = [];
  for (let i = 0; i < list.length && rows.length < LIMITS.actionRows; i += LIMITS.buttonsPerRow)
    rows.push({ type: ComponentType.ActionRow, components: list.slice(i, i + LIMITS.buttonsPerRow) });
  return rows;
}

/** The user's question, echoed safely (escaped, shortened between words). */
export const echo = (question: string) => safe(oneLine(question), QUESTION_ECHO_CHARS);

export function renderAnswer(answer: Answer, options: AnswerRenderOptions = {}): Reply {
  const first = options.first ?? 1;
  const ephemeral = options.ephemeral ? { ephemeral: true } : {};
  if (answer.answered && answer.passages.length) {
    const passages = answer.passages.slice(0, LIMITS.embeds);
    const budget = quoteBudget(passages.length);
    return {
      content: `**You asked:** ${echo(answer.question)}`,
      embeds: passages.map((p, i) => passageEmbed(p, `Passage ${first + i}`, budget)),
      components: buttonRows(passages, options.buttons, first),
      ...ephemeral,
    };
  }
  const reason = answer.reason ? ` ${escapeMarkdown(oneLine(answer.reason))}` : '';
  const related = answer.related.slice(0, LIMITS.embeds);
  const lead = `Sorry, I couldn't find an answer to “${echo(answer.question)}” in the articles.${reason}`;
  const budget = quoteBudget(related.length);
  const buttons = options.buttons ? { context: options.buttons.context } : undefined;
  return {
    content: clip(
      related.length ? `${lead}\nThese passages are close, but they do not answer it:` : lead,
      LIMITS.content,
    ),
    embeds: related.map((p) => passageEmbed(p, RELATED_LABEL, budget)),
    components: buttonRows(related, buttons, 1),
    ...ephemeral,
  };
}
