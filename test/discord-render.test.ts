import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Passage } from '../src/answer/types.ts';
import type { Stance } from '../src/article/types.ts';
import type { ClaimsResult, Dispute, SourceSummary } from '../src/claims/types.ts';
import { quoteBudget, RELATED_LABEL, renderAnswer } from '../src/discord/render/answer.ts';
import { renderClaims, renderDisputes, renderSources } from '../src/discord/render/claims.ts';
import { fitReply, type Reply } from '../src/discord/render/reply.ts';
import { interactionPayload, messagePayload } from '../src/discord/send.ts';
import { checkMessage } from './e2e/discord-limits.ts';

/** The reply as Discord would receive it, checked by the stand-in's independent rules. */
const problems = (reply: Reply) => {
  const p = interactionPayload(reply);
  return checkMessage({ content: p.content, embeds: p.embeds, components: p.components });
};

const sentence = (words: number, word = 'harbour') =>
  `${Array.from({ length: words }, (_, i) => `${word}${i}`).join(' ')}.`;

function passage(text: string, extra: Partial<Passage> = {}): Passage {
  return {
    text,
    ref: { articleId: 'harbour', sentence: 3 },
    article: { id: 'harbour', title: 'Harbour strike ends', url: 'https://example.org/harbour' },
    paragraph: 2,
    position: 1,
    sources: [{ name: 'Ana Silva', mention: 'the union leader', kind: 'person' }],
    stance: 'direct',
    attribution: 'Ana Silva, quoted directly',
    score: 1,
    ...extra,
  };
}

const answer = (passages: Passage[], question = 'What did the union say?'): Answer => ({
  question,
  answered: true,
  passages,
  related: [],
});

const buttons = { more: 'more:1:3', context: (_r: unknown, i: number) => `ctx:${i}:harbour` };

describe('renderAnswer', () => {
  it('gives each passage an embed: the quote, who says so, how, where, and the article linked', () => {
    const reply = renderAnswer(answer([passage('"We have a deal," Silva said.')]), { buttons });
    const [embed] = reply.embeds;
    expect(embed?.description).toBe('“"We have a deal," Silva said.”');
    expect(embed?.title).toBe('Harbour strike ends');
    expect(embed?.url).toBe('https://example.org/harbour');
    expect(embed?.fields?.map((f) => [f.name, f.value])).toEqual([
      ['Who says so', 'Ana Silva, quoted directly'],
      ['How', 'direct quote'],
      ['Where', 'paragraph 2, sentence 1'],
    ]);
    expect(reply.components[0]?.components.map((b) => ('label' in b ? b.label : ''))).toEqual([
      'More passages',
      'Show context',
    ]);
  });

  it('shows the other side of a disputed passage with its source', () => {
    const disputed = passage('Silva said 4,000 workers joined.', {
      stance: 'reported',
      disputedBy: [
        {
          text: 'The port authority said 900 workers joined.',
          sources: [{ name: 'the port authority', mention: 'the port authority' }],
          stance: 'reported',
          attribution: 'the port authority said',
          ref: { articleId: 'harbour', sentence: 5 },
          about: 'workers: 4,000 vs 900',
        },
      ],
    });
    const field = renderAnswer(answer([disputed])).embeds[0]?.fields?.[3];
    expect(field?.name).toBe('⚖️ Disputed: workers: 4,000 vs 900');
    expect(field?.value).toContain('“The port authority said 900 workers joined.”');
    expect(field?.value).toContain('the port authority said');
  });

  it('abstains politely, offering related passages labelled as not an answer', () => {
    const reply = renderAnswer({
      question: 'What about China?',
      answered: false,
      passages: [],
      related: [passage('The ships came from Asia.')],
      reason: 'The articles never mention China.',
    });
    expect(reply.content).toMatch(
      /^Sorry, I couldn't find an answer to “What about China\?” in the articles\. The articles never mention China\./,
    );
    expect(reply.embeds[0]?.author?.name).toBe(RELATED_LABEL);
  });

  it('escapes markdown in the echoed question and the quotes', () => {
    const reply = renderAnswer(answer([passage('A **bold** _claim_ <@1>.')], 'why **now** <@&2>?'));
    expect(reply.content).toBe('**You asked:** why \\*\\*now\\*\\* \\<@&2\\>?');
    expect(reply.embeds[0]?.description).toBe('“A \\*\\*bold\\*\\* \\_claim\\_ \\<@1\\>.”');
  });

  it('keeps ten long passages within every limit, quotes cut between words only', () => {
    const long = sentence(900);
    const reply = renderAnswer(answer(Array.from({ length: 12 }, () => passage(long))), { buttons });
    expect(problems(reply)).toEqual({});
    for (const e of reply.embeds) {
      const kept = (e.description ?? '').replace(/^“|…”$/g, '');
      expect(long.startsWith(kept)).toBe(true);
      expect(long[kept.length]).toBe(' ');
    }
    // By construction: the budget is already under the total, so fitting has nothing to cut.
    expect(fitReply(reply)).toEqual(fitReply(fitReply(reply)));
    expect(quoteBudget(3) * 3).toBeLessThan(6000);
  });
});

const stanceArb = fc.constantFrom<Stance>('direct', 'reported', 'hedged', 'speculation', 'narration');
const textArb = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.integer({ min: 1, max: 1500 }).map((n) => sentence(n, 'w')),
  // Long text without spaces, and with markdown to escape: built, not generated char by char (fast).
  fc
    .tuple(fc.integer({ min: 1000, max: 7000 }), fc.constantFrom('x', '*', '_a', 'é😀'))
    .map(([n, unit]) => unit.repeat(n)),
);

describe('every reply fits Discord’s limits', () => {
  it('fitReply turns any reply into one Discord accepts, and is idempotent', () => {
    const field = fc.record({ name: textArb, value: textArb, inline: fc.boolean() });
    const embed = fc.record(
      {
        title: textArb,
        description: textArb,
        url: fc.constantFrom('https://example.org/a', 'not a url', ''),
        author: fc.record({ name: textArb }),
        footer: fc.record({ text: textArb }),
        fields: fc.array(field, { maxLength: 30 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(embed, { maxLength: 12 }),
        fc.option(textArb, { nil: undefined }),
        (embeds, content) => {
          const reply: Reply = { embeds, components: [], ...(content !== undefined ? { content } : {}) };
          const fitted = fitReply(reply);
          expect(problems(fitted)).toEqual({});
          expect(fitReply(fitted)).toEqual(fitted);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('claims, sources and disputes of any size render within the limits', () => {
    const claim = fc.record({ text: textArb, stance: stanceArb, articleTitle: textArb });
    const group = fc.record({
      label: textArb,
      stances: fc.dictionary(stanceArb, fc.nat(50)),
      claims: fc.array(claim, { maxLength: 40 }),
    });
    const source = fc.record({
      name: textArb,
      variants: fc.array(textArb, { maxLength: 8 }),
      claims: fc.nat(500),
      stances: fc.dictionary(stanceArb, fc.nat(50)),
      articles: fc.array(fc.string(), { maxLength: 5 }),
    });
    const side = fc.record({ text: textArb, attribution: textArb, stance: stanceArb });
    const dispute = fc.record({ about: textArb, sides: fc.array(side, { minLength: 2, maxLength: 8 }) });
    fc.assert(
      fc.property(
        fc.array(group, { maxLength: 14 }),
        fc.array(source, { maxLength: 40 }),
        fc.array(dispute, { maxLength: 14 }),
        textArb,
        (groups, sources, disputes, topic) => {
          const result = { topic, groups } as unknown as ClaimsResult;
          expect(problems(renderClaims(result, topic))).toEqual({});
          expect(problems(renderSources(sources as SourceSummary[]))).toEqual({});
          expect(problems(renderDisputes(disputes as unknown as Dispute[]))).toEqual({});
        },
      ),
      { numRuns: 30 },
    );
  });

  it('pings nobody, in interaction replies and in message replies', () => {
    const reply = renderAnswer(answer([passage('@everyone look')], '@here hi'));
    expect(interactionPayload(reply).allowedMentions).toEqual({ parse: [] });
    expect(messagePayload(reply).allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('says so politely when there are no claims, sources or disputes', () => {
    expect(renderClaims({ topic: 'tariffs', groups: [] }).content).toBe(
      'I found no claims about “tariffs” in the articles.',
    );
    expect(renderSources([]).content).toMatch(/quote nobody/);
    expect(renderDisputes([]).content).toMatch(/no point on which/);
  });
});
