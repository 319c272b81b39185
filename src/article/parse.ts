/**
 * Article files → headline, metadata and body paragraphs.
 *
 * Two layouts are read (see README "Adding an article"):
 * - headline on line 1, then one paragraph per line;
 * - headline, blank line, dateline, then paragraphs separated by blank lines (lines inside a
 *   paragraph are joined, so hard-wrapped text reads as one paragraph).
 * Either may start with front matter between `---` lines (title, publisher, date, url), and a
 * Markdown headline may carry leading `#`s.
 */

export interface ParsedArticle {
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
  paragraphs: string[];
}

const FRONT_MATTER_KEYS = ['title', 'publisher', 'date', 'url'] as const;
type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
// A line that is only a date: "Friday, August 15, 2008", "15 August 2008", "2008-08-15", "Aug. 15, 2008".
const DATELINE = new RegExp(
  `^(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\.?$`,
  'i',
);

export function isDateline(line: string): boolean {
  return line.length <= 60 && DATELINE.test(line.trim());
}

function readFrontMatter(lines: string[]): { meta: Partial<Record<FrontMatterKey, string>>; rest: string[] } {
  if (lines[0]?.trim() !== '---') return { meta: {}, rest: lines };
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) return { meta: {}, rest: lines };
  const meta: Partial<Record<FrontMatterKey, string>> = {};
  for (const line of lines.slice(1, end)) {
    const m = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    const key = m?.[1]?.toLowerCase();
    if (!m || !key || !(FRONT_MATTER_KEYS as readonly string[]).includes(key)) continue;
    const value = (m[2] ?? '').replace(/^(["'])(.*)\1$/, '$2').trim();
    if (value) meta[key as FrontMatterKey] = value;
  }
  return { meta, rest: lines.slice(end + 1) };
}

const collapse = (s: string) => s.replace(/[ \t\u00a0]+/g, ' ').trim();

const ENDS_PARAGRAPH = /[.!?:;"\u201d'\u2019)\]]$/;

function joinWrappedLines(lines: string[]): string[] {
  const out: string[] = [];
  let pending = '';
  for (const line of lines) {
    if (!line) continue;
    // A dateline stands alone even though it has no closing punctuation.
    if (!pending && isDateline(line)) {
      out.push(line);
      continue;
    }
    pending = pending ? `${pending} ${line}` : line;
    if (ENDS_PARAGRAPH.test(line)) {
      out.push(pending);
      pending = '';
    }
  }
  if (pending) out.push(pending);
  return out;
}

/** Parses one article's text. Returns null when it has no body text at all. */
export function parseArticle(text: string): ParsedArticle | null {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const { meta, rest } = readFrontMatter(lines);

  // Blocks of non-blank lines; a blank line separates them.
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of rest) {
    if (line.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  if (!blocks.length) return null;

  // The headline is the first line. Body: several blank-line separated blocks are one paragraph
  // each (their lines are wrapped text); a single block has one paragraph per line, except that a
  // line without closing punctuation continues on the next (hard-wrapped text).
  const [headBlock = [], ...bodyBlocks] = blocks;
  const head = headBlock[0] ?? '';
  const bodyLines = [...headBlock.slice(1)];
  let units: string[];
  if (bodyBlocks.length + (bodyLines.length ? 1 : 0) > 1) {
    units = [...(bodyLines.length ? [bodyLines] : []), ...bodyBlocks].map((b) => collapse(b.join(' ')));
  } else {
    units = joinWrappedLines([...bodyLines, ...(bodyBlocks[0] ?? [])].map(collapse));
  }
  units = [collapse(head), ...units.filter(Boolean)];

  let title = meta.title;
  if (!title) {
    const first = units.shift() ?? '';
    title = collapse(first.replace(/^#{1,6}\s+/, ''));
  } else if (units[0] && collapse(units[0].replace(/^#{1,6}\s+/, '')) === title) {
    units.shift();
  }

  let date = meta.date;
  if (units[0] && isDateline(units[0])) {
    const line = units.shift() ?? '';
    date ??= line.replace(/\.$/, '');
  }

  // Markdown headings inside the body are section titles, not sentences of the report.
  const paragraphs = units.filter((u) => !/^#{1,6}\s/.test(u));
  if (!paragraphs.length) return null;

  const parsed: ParsedArticle = { title: title || 'Untitled', paragraphs };
  if (meta.publisher) parsed.publisher = meta.publisher;
  if (date) parsed.date = date;
  if (meta.url) parsed.url = meta.url;
  return parsed;
}
