/**
 * The real bot, logged in to the stand-in Discord: every command, autocomplete, both buttons,
 * mentions and DMs, checked on the REST calls the bot makes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_CHANNEL_ID, type RestCall, userNamed } from './fake-discord.ts';
import { buttonsOf, embedsOf, messageOf, type Running, startBot, textOf } from './harness.ts';

let run: Running;
beforeAll(async () => {
  run = await startBot();
});
afterAll(async () => {
  await run?.stop();
});

const ask = async (question: string, extra: Record<string, unknown>[] = []) => {
  const id = run.fake.slash('ask', [{ name: 'question', type: 3, value: question }, ...extra]);
  return run.fake.responseTo(id);
};

/** Every sentence of every fixture article, exactly as written. */
const sentences = () =>
  run.library.articles().flatMap((a) => run.library.article(a.id)?.sentences.map((s) => s.text) ?? []);

/** The quote of a passage embed, unescaped and without its quotation marks. */
const quoteOf = (embed: Record<string, unknown>) =>
  String(embed.description ?? '')
    .replace(/^“|”$/g, '')
    .replace(/\\(.)/g, '$1');

const flagsOf = (call: RestCall) => Number(messageOf(call).flags ?? 0);
const EPHEMERAL = 64;

describe('the gateway connection', () => {
  it('identifies with Guilds, GuildMessages and DirectMessages, without the privileged MessageContent intent', () => {
    const identify = run.fake.gatewayOps.find((o) => o.op === 2);
    const intents = Number(identify?.d.intents);
    expect(intents & 1).toBe(1);
    expect(intents & (1 << 9)).toBe(1 << 9);
    expect(intents & (1 << 12)).toBe(1 << 12);
    expect(intents & (1 << 15)).toBe(0);
  });
});

describe('/ask', () => {
  it('answers with one embed per quoted sentence: the quote as written, who says so, how, and the article', async () => {
    const call = await ask('What did Ellis say about the report?');
    expect(call.body?.type).toBe(4);
    const embeds = embedsOf(call);
    expect(embeds.length).toBeGreaterThan(0);
    const first = embeds[0] ?? {};
    expect(sentences()).toContain(quoteOf(first));
    expect(String(first.title)).toBe('City closes Old Mill bridge after inspectors find cracks');
    const fields = (first.fields ?? []) as { name: string; value: string }[];
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['Who says so', 'How', 'Where']));
    expect(fields.find((f) => f.name === 'Who says so')?.value).toMatch(/Ellis/);
    expect(messageOf(call).allowed_mentions).toEqual({ parse: [] });
    expect(flagsOf(call) & EPHEMERAL).toBe(0);
  });

  it('escapes the markdown of a quote so it shows as written', async () => {
    const call = await ask('What is the real problem according to Ellis?');
    const quote = embedsOf(call).find((e) => String(e.description).includes('real'));
    expect(quote?.description).toContain('\\*real\\*');
  });

  it('answers only the asker when private is set', async () => {
    const call = await ask('How long will the repairs take?', [{ name: 'private', type: 5, value: true }]);
    expect(flagsOf(call) & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedsOf(call).length).toBeGreaterThan(0);
  });

  it('says politely when the articles do not cover a question', async () => {
    const call = await ask('What is the population of Jupiter’s moons?');
    expect(String(messageOf(call).content)).toMatch(/couldn't find an answer/);
    for (const e of embedsOf(call))
      expect((e.author as { name: string }).name).toBe('Related, but not an answer');
  });

  it('pings nobody when the question contains @everyone, and does not echo the mention', async () => {
    const call = await ask('@everyone what did the mayor say? <@&123456789012345678>');
    expect(messageOf(call).allowed_mentions).toEqual({ parse: [] });
    expect(String(messageOf(call).content)).not.toMatch(/@everyone|<@/);
  });

  it('turns a 6,000-character question away politely, within Discord’s limits', async () => {
    const call = await ask(`${'why '.repeat(1499)}now`);
    expect(call.status).toBe(204);
    expect(String(messageOf(call).content)).toMatch(/characters long/);
    expect(String(messageOf(call).content).length).toBeLessThan(2000);
  });
});

describe('the answer buttons', () => {
  it('"Show context" shows the sentences around the quote, the quote itself in bold, to the clicker only', async () => {
    const call = await ask('Who will pay for half of the repairs?');
    const button = buttonsOf(call).find((b) => b.label?.startsWith('Show context'));
    const click = run.fake.click(call.messageId ?? '', button?.custom_id ?? '');
    const context = await run.fake.responseTo(click);
    const description = String(embedsOf(context)[0]?.description);
    const quote = quoteOf(embedsOf(call)[0] ?? {});
    expect(description.replace(/\\(.)/g, '$1')).toContain(`**${quote}**`);
    expect(description.split('\n\n').length).toBeGreaterThan(1);
    expect(flagsOf(context) & EPHEMERAL).toBe(EPHEMERAL);
  });
});

describe('/claims, /sources, /disputes, /help', () => {
  it('/claims answers on the topic, grouped by source, or says politely that there are none', async () => {
    const id = run.fake.slash('claims', [{ name: 'topic', type: 3, value: 'repairs' }]);
    const call = await run.fake.responseTo(id);
    expect(textOf(call)).toMatch(/repairs/);
    expect(messageOf(call).allowed_mentions).toEqual({ parse: [] });
  });

  it('autocompletes the topic and the source of /claims with at most 25 choices', async () => {
    for (const focused of ['topic', 'source']) {
      const id = run.fake.autocomplete('claims', [
        { name: 'topic', type: 3, value: 'br', focused: focused === 'topic' },
        ...(focused === 'source' ? [{ name: 'source', type: 3, value: 'M', focused: true }] : []),
      ]);
      const call = await run.fake.responseTo(id);
      expect(call.body?.type).toBe(8);
      const choices = (call.body?.data as { choices?: unknown } | undefined)?.choices;
      expect(Array.isArray(choices)).toBe(true);
      expect((choices as unknown[]).length).toBeLessThanOrEqual(25);
    }
  });

  it('/sources and /disputes reply (politely when the core has nothing)', async () => {
    for (const name of ['sources', 'disputes']) {
      const call = await run.fake.responseTo(run.fake.slash(name));
      expect(call.status).toBe(204);
      expect(textOf(call).trim().length).toBeGreaterThan(10);
    }
  });

  it('/help lists every command with an example', async () => {
    const call = await run.fake.responseTo(run.fake.slash('help'));
    const text = textOf(call);
    for (const name of ['/ask', '/claims', '/sources', '/disputes', '/article', '/help'])
      expect(text).toContain(name);
    expect(text.match(/Example:/g)?.length).toBeGreaterThanOrEqual(6);
  });

  it('answers an unknown command politely, only to the user', async () => {
    const call = await run.fake.responseTo(run.fake.slash('horoscope'));
    expect(String(messageOf(call).content)).toMatch(/don't know the command `\/horoscope`/);
    expect(flagsOf(call) & EPHEMERAL).toBe(EPHEMERAL);
  });
});

describe('/article', () => {
  const article = (sub: string, id?: string, channelId?: string) =>
    run.fake.responseTo(
      run.fake.slash(
        'article',
        [{ name: sub, type: 1, options: id ? [{ name: 'id', type: 3, value: id }] : [] }],
        userNamed('editor'),
        channelId ? { channelId } : {},
      ),
    );

  it('lists the articles', async () => {
    const text = textOf(await article('list'));
    expect(text).toContain('old-mill-bridge');
    expect(text).toContain('fenwick-library-hours');
  });

  it('shows one article, and says so for an unknown one', async () => {
    expect(textOf(await article('show', 'fenwick-library-hours'))).toContain(
      'Fenwick library opens on Sundays',
    );
    expect(textOf(await article('show', 'no-such-article'))).toMatch(/no article/);
  });

  it('autocompletes article ids', async () => {
    const id = run.fake.autocomplete('article', [
      { name: 'use', type: 1, options: [{ name: 'id', type: 3, value: 'fenw', focused: true }] },
    ]);
    const choices =
      ((await run.fake.responseTo(id)).body?.data as { choices: { value: string }[] } | undefined)?.choices ??
      [];
    expect(choices.map((c) => c.value)).toContain('fenwick-library-hours');
  });

  it('scopes a channel’s questions to the chosen article, and "all" undoes it', async () => {
    await article('use', 'fenwick-library-hours', OTHER_CHANNEL_ID);
    const asked = run.fake.slash(
      'ask',
      [{ name: 'question', type: 3, value: 'Who said what?' }],
      userNamed('r'),
      {
        channelId: OTHER_CHANNEL_ID,
      },
    );
    const titles = embedsOf(await run.fake.responseTo(asked)).map((e) => e.title);
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).toBe('Fenwick library opens on Sundays from March');
    expect(textOf(await article('use', 'all', OTHER_CHANNEL_ID))).toMatch(/every article/);
  });
});

describe('mentions and DMs', () => {
  it('answers a mention with a message reply, mention stripped, pinging nobody', async () => {
    const id = run.fake.mention('who pays for half of the repairs?');
    const reply = await run.fake.replyTo(id);
    expect(embedsOf(reply).length).toBeGreaterThan(0);
    expect(String(messageOf(reply).content)).not.toContain('<@');
    expect(reply.body?.allowed_mentions).toMatchObject({ parse: [] });
    expect((reply.body?.allowed_mentions as { replied_user?: boolean } | undefined)?.replied_user).toBe(
      false,
    );
  });

  it('answers any DM', async () => {
    const id = run.fake.message('How long will the repairs take?', userNamed('dm-reader'), { dm: true });
    const reply = await run.fake.replyTo(id);
    expect(sentences()).toContain(quoteOf(embedsOf(reply)[0] ?? {}));
  });

  it('answers a DM even from a gateway that leaves out channel_type', async () => {
    const id = run.fake.message('What will the ferry carry?', userNamed('dm-reader-2'), {
      dm: true,
      omitChannelType: true,
    });
    expect(embedsOf(await run.fake.replyTo(id)).length).toBeGreaterThan(0);
  });

  it('ignores bots, bare @everyone/@here, and channel messages that do not mention it', async () => {
    const ignored = [
      run.fake.message(
        `<@${run.fake.bot.id}> what did the mayor say?`,
        { ...userNamed('other-bot'), bot: true },
        {
          mentions: [run.fake.bot],
        },
      ),
      run.fake.message('@everyone', userNamed('shouter')),
      run.fake.message('@here @everyone', userNamed('shouter'), { dm: true }),
      run.fake.message('what did the mayor say?', userNamed('chatter')),
    ];
    // Events are handled in order: once a later question is answered, the earlier ones were seen.
    await run.fake.replyTo(run.fake.mention('what did the mayor say?'));
    for (const id of ignored) await expect(run.fake.replyTo(id, 50)).rejects.toThrow(/no matching/);
  });

  it('answers @everyone inside a mention without pinging anyone', async () => {
    const reply = await run.fake.replyTo(run.fake.mention('@everyone what will the ferry carry?'));
    expect(reply.body?.allowed_mentions).toMatchObject({ parse: [] });
    expect(String(messageOf(reply).content)).not.toContain('@everyone');
  });
});

describe('Discord’s limits', () => {
  it('no call of this suite was turned down by the stand-in Discord (400, code 50035)', () => {
    expect(run.fake.rejected).toEqual([]);
  });
});
