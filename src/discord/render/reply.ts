/**
 * What a renderer returns: a front-end-neutral reply (plain API JSON), and `fitReply`, the one place
 * that guarantees Discord's limits whatever the renderers built. Renderers size their text up front;
 * fitting only ever shortens between words, so a limit is never met by a mid-word cut.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import { LIMITS } from '../limits.ts';
import { clip, ELLIPSIS } from '../text.ts';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

export interface Reply {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  /** Only the asker sees it (interactions only). */
  ephemeral?: boolean;
}

/** Characters of one embed that count toward the 6,000 of a message. */
export function embedLength(e: APIEmbed): number {
  let n = (e.title?.length ?? 0) + (e.description?.length ?? 0);
  n += (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

export const totalEmbedLength = (embeds: readonly APIEmbed[]) =>
  embeds.reduce((n, e) => n + embedLength(e), 0);

const nonEmpty = (text: string, max: number) => clip(text.trim() || ELLIPSIS, max);

const isHttpUrl = (url: string | undefined): url is string =>
  !!url && url.length <= LIMITS.url && /^https?:\/\/[^\s]+$/i.test(url);

function fitField(f: APIEmbedField): APIEmbedField {
  const field: APIEmbedField = {
    name: nonEmpty(f.name, LIMITS.fieldName),
    value: nonEmpty(f.value, LIMITS.fieldValue),
  };
  if (f.inline) field.inline = true;
  return field;
}

/** Each part of an embed within its own limit, no empty part (Discord rejects those), only valid links. */
function fitEmbed(e: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...e };
  if (e.title !== undefined) out.title = nonEmpty(e.title, LIMITS.embedTitle);
  if (e.description !== undefined) out.description = nonEmpty(e.description, LIMITS.embedDescription);
  if (e.author) out.author = { ...e.author, name: nonEmpty(e.author.name, LIMITS.authorName) };
  if (e.footer) out.footer = { ...e.footer, text: nonEmpty(e.footer.text, LIMITS.footerText) };
  if (e.fields) out.fields = e.fields.slice(0, LIMITS.fields).map(fitField);
  if (!isHttpUrl(e.url)) delete out.url;
  if (out.author && !isHttpUrl(out.author.url)) delete out.author.url;
  if (!out.title && !out.description && !out.fields?.length && !out.author && !out.footer)
    out.description = ELLIPSIS;
  return out;
}

/** The longest shortenable text of the message: a description or a field value. */
function longestPart(embeds: APIEmbed[]): { get: () => string; set: (s: string) => void } | undefined {
  let best: { get: () => string; set: (s: string) => void; len: number } | undefined;
  for (const e of embeds) {
    if (e.description && (!best || e.description.length > best.len)) {
      best = {
        get: () => e.description ?? '',
        set: (s) => {
          e.description = s;
        },
        len: e.description.length,
      };
    }
    for (const f of e.fields ?? []) {
      if (!best || f.value.length > best.len)
        best = {
          get: () => f.value,
          set: (s) => {
            f.value = s;
          },
          len: f.value.length,
        };
    }
  }
  return best;
}

/** Smallest a shortened part gets before whole embeds are dropped instead. */
const MIN_PART = 80;

function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  const out = embeds.slice(0, LIMITS.embeds).map(fitEmbed);
  let excess = totalEmbedLength(out) - LIMITS.embedTotal;
  while (excess > 0) {
    const part = longestPart(out);
    const text = part?.get() ?? '';
    if (!part || text.length <= MIN_PART) break;
    part.set(clip(text, Math.max(MIN_PART, text.length - excess)));
    excess = totalEmbedLength(out) - LIMITS.embedTotal;
  }
  // Still too long (many embeds or fields with long names): the last ones go, the first stay whole.
  while (totalEmbedLength(out) > LIMITS.embedTotal) {
    const last = out.at(-1);
    if (!last) break;
    excess = totalEmbedLength(out) - LIMITS.embedTotal;
    if (out.length > 1) out.pop();
    else if (last.fields?.length) last.fields.pop();
    else if (last.footer && last.footer.text.length > 1)
      last.footer.text = clip(last.footer.text, Math.max(1, last.footer.text.length - excess));
    else if (last.description && last.description.length > 1)
      last.description = clip(last.description, Math.max(1, last.description.length - excess));
    else break;
  }
  return out;
}

function fitComponents(rows: readonly ButtonRow[]): ButtonRow[] {
  return rows
    .slice(0, LIMITS.actionRows)
    .map((row) => ({
      ...row,
      components: row.components
        // An id cannot be shortened without breaking the button; one too long is a bug, and is left out.
        .filter((b) => !('custom_id' in b) || b.custom_id.length <= LIMITS.customId)
        .slice(0, LIMITS.buttonsPerRow)
        .map((b) => {
          const button = { ...b };
          if ('label' in button && button.label !== undefined)
            button.label = nonEmpty(button.label, LIMITS.buttonLabel);
          return button;
        }),
    }))
    .filter((row) => row.components.length > 0);
}

/** The reply within every Discord limit. Idempotent. */
export function fitReply(reply: Reply): Reply {
  const out: Reply = {
    embeds: fitTotal(reply.embeds),
    components: fitComponents(reply.components),
  };
  if (reply.content?.trim()) out.content = clip(reply.content, LIMITS.content);
  if (reply.ephemeral) out.ephemeral = true;
  // A single embed could still exceed 6,000 only through its title, author and footer; Discord needs *something* to send.
  if (!out.content && !out.embeds.length) out.content = ELLIPSIS;
  return out;
}
