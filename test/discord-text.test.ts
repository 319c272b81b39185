import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, ELLIPSIS, escapeMarkdown } from '../src/discord/text.ts';

/** Undoes escapeMarkdown: a backslash shows the next character as is. */
const shown = (escaped: string) => escaped.replace(/\\(.)/gs, '$1');

describe('escapeMarkdown', () => {
  it('shows text exactly as written, whatever markdown it contains', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            ' ',
            '*',
            '_',
            '~',
            '`',
            '|',
            '\\',
            '[',
            ']',
            '<',
            '>',
            '#',
            '-',
            '1',
            '.',
            '\n',
            '@',
          ),
        }),
        (s) => {
          expect(shown(escapeMarkdown(s))).toBe(s);
        },
      ),
    );
  });

  it('leaves no emphasis, code, spoiler, link or mention syntax active', () => {
    const escaped = escapeMarkdown(
      '**bold** __u__ ~~s~~ `code` ||spoiler|| [link](https://x.y) <@123> <t:1:R>',
    );
    expect(escaped).not.toMatch(/(?<!\\)[*_~`|[\]<>]/);
  });

  it('neutralises headings, quotes and lists at the start of a line only', () => {
    expect(escapeMarkdown('# Title\n> quote\n- item\n1. first\n-# small')).toBe(
      '\\# Title\n\\> quote\n\\- item\n1\\. first\n\\-# small',
    );
    expect(escapeMarkdown('rates rose 2.5% - or more # maybe')).toBe('rates rose 2.5% - or more # maybe');
  });

  it('adds no white space, so cutting at white space never splits an escape', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(escapeMarkdown(s).replace(/\S/g, '')).toBe(s.replace(/\S/g, ''));
      }),
    );
  });
});

describe('clip', () => {
  const words = fc
    .array(fc.stringMatching(/^[a-z*_]{1,12}$/), { minLength: 1, maxLength: 60 })
    .map((w) => w.join(' '));

  it('keeps text that fits unchanged', () => {
    expect(clip('short text', 50)).toBe('short text');
  });

  it('fits any text in the limit, and shortens only between words', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 15, max: 300 }), (text, max) => {
        const out = clip(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (out === text) return;
        expect(out.endsWith(ELLIPSIS)).toBe(true);
        const kept = out.slice(0, -ELLIPSIS.length);
        expect(text.startsWith(kept)).toBe(true);
        // Either nothing but whole words were kept, or a single word longer than the limit was cut.
        const next = text[kept.length];
        const firstWord = text.split(' ')[0] ?? '';
        expect(next === ' ' || firstWord.length > max - 1).toBe(true);
      }),
    );
  });

  it('cuts escaped text without leaving a dangling backslash', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 400 }),
        fc.integer({ min: 2, max: 200 }),
        (raw, max) => {
          const out = clip(escapeMarkdown(raw), max);
          expect(out.length).toBeLessThanOrEqual(max);
          const body = out.endsWith(ELLIPSIS) ? out.slice(0, -ELLIPSIS.length) : out;
          expect((/\\+$/.exec(body)?.[0].length ?? 0) % 2).toBe(0);
        },
      ),
    );
  });

  it('never splits a surrogate pair', () => {
    const out = clip('😀'.repeat(100), 51);
    expect(out.length).toBeLessThanOrEqual(51);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
