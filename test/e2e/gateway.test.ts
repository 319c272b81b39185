/**
 * The connection under stress: a 429 on a reply, the gateway asking to reconnect (op 7) or dropping
 * the session (op 9), a burst of 200 questions, and a shutdown with a reply still in flight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userNamed } from './fake-discord.ts';
import { embedsOf, type Running, startBot } from './harness.ts';

let run: Running;
beforeAll(async () => {
  run = await startBot({ heartbeatInterval: 200 });
});
afterAll(async () => {
  await run?.stop();
});

const askAs = (question: string, user = userNamed('reader')) =>
  run.fake.slash('ask', [{ name: 'question', type: 3, value: question }], user);

const callsFor = (interactionId: string) =>
  run.fake.calls.filter((c) => c.path.startsWith(`/interactions/${interactionId}/`));

describe('rate limits', () => {
  it('answers after the retry when Discord answers the reply with a 429', async () => {
    run.fake.failNext((method, path) => method === 'POST' && path.startsWith('/interactions/'), 429, 0.05);
    const id = askAs('How long will the repairs take?');
    const reply = await run.fake.responseTo(id);
    expect(embedsOf(reply).length).toBeGreaterThan(0);
    expect(callsFor(id).map((c) => c.status)).toEqual([429, 204]);
  });

  it('answers a mention after a 429 on the message reply', async () => {
    run.fake.failNext(
      (method, path) => method === 'POST' && /^\/channels\/\d+\/messages$/.test(path),
      429,
      0.05,
    );
    const id = run.fake.mention('who pays for the repairs?');
    const reply = await run.fake.replyTo(id);
    expect(reply.status).toBe(200);
    const replies = run.fake.calls.filter(
      (c) => (c.body?.message_reference as { message_id?: string } | undefined)?.message_id === id,
    );
    expect(replies.map((c) => c.status)).toEqual([429, 200]);
  });
});

describe('the gateway', () => {
  it('keeps answering after Discord asks it to reconnect (op 7), by resuming the session', async () => {
    const identifies = run.fake.gatewayOps.filter((o) => o.op === 2).length;
    const resumed = run.fake.nextGatewayOp(6);
    run.fake.requestReconnect();
    await resumed;
    const reply = await run.fake.responseTo(askAs('What did the mayor say?'));
    expect(reply.status).toBe(204);
    expect(run.fake.gatewayOps.filter((o) => o.op === 2).length).toBe(identifies);
  });

  it('identifies again and keeps answering when its session is invalidated (op 9)', async () => {
    const identified = run.fake.nextGatewayOp(2);
    run.fake.invalidateSession();
    await identified;
    // The new session's READY comes with the IDENTIFY; questions after it are answered.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const reply = await run.fake.responseTo(askAs('What will the ferry carry?'));
    expect(reply.status).toBe(204);
  });

  it('answers a burst of 200 questions, each exactly once', async () => {
    const ids = Array.from({ length: 200 }, (_, i) =>
      i % 2
        ? {
            kind: 'message',
            id: run.fake.mention(`question ${i}: who pays for the repairs?`, userNamed(`m${i}`)),
          }
        : {
            kind: 'interaction',
            id: askAs(`question ${i}: how long will the repairs take?`, userNamed(`u${i}`)),
          },
    );
    await Promise.all(
      ids.map(({ kind, id }) =>
        kind === 'message' ? run.fake.replyTo(id, 15_000) : run.fake.responseTo(id, 15_000),
      ),
    );
    // Let any duplicate arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const { kind, id } of ids) {
      const answers =
        kind === 'message'
          ? run.fake.calls.filter(
              (c) =>
                c.status === 200 && (c.body?.message_reference as { message_id?: string })?.message_id === id,
            )
          : callsFor(id).filter((c) => c.status === 204);
      expect(answers, `${kind} ${id}`).toHaveLength(1);
    }
    expect(run.fake.rejected).toEqual([]);
  });
});

describe('shutdown', () => {
  it('finishes a reply in flight before disconnecting', async () => {
    // The reply is held up by a 429 for 300 ms; stop() is called while it waits.
    run.fake.failNext((method, path) => method === 'POST' && path.startsWith('/interactions/'), 429, 0.3);
    const id = askAs('What did Ellis say?');
    await run.fake.waitForCall((c) => c.path.startsWith(`/interactions/${id}/`) && c.status === 429);
    expect(run.bot.inFlight).toBe(1);
    await run.bot.stop(5000);
    expect(callsFor(id).map((c) => c.status)).toEqual([429, 204]);
    expect(run.bot.client.isReady()).toBe(false);
  });
});
