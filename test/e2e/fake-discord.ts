/**
 * A stand-in Discord on 127.0.0.1 that the real discord.js client logs in to: REST on node:http
 * (under /api/v10) and the gateway on `ws`, on one port. It is strict like Discord (401 on a bad
 * token, 400 code 50035 on an over-limit body), records every REST call, can answer a call with a
 * 429, and can tell the client to reconnect (op 7) or that its session is invalid (op 9).
 * Used by the e2e tests and by bench/discord.ts.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { checkAutocomplete, checkCommand, checkMessage, type Problems } from './discord-limits.ts';

type Json = Record<string, unknown>;

export interface RestCall {
  method: string;
  /** Decoded path below /api/v10 ("/channels/1/messages", "/webhooks/…/messages/@original"). */
  path: string;
  auth: string | undefined;
  body: Json | undefined;
  status: number;
  /** When it arrived (performance.now()). */
  at: number;
  problems?: Problems;
  /** The bot message this call created, if any (to click its buttons). */
  messageId?: string;
}

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

export interface FakeOptions {
  token?: string;
  heartbeatInterval?: number;
  /** What /gateway/bot recommends; events of a guild go to the shard `(guild_id >> 22) % shards`. */
  shards?: number;
  /** More guilds beside the default one, each with one text channel (`channelOf(guildId)`). */
  extraGuilds?: string[];
}

/** A served attachment: the option to put in a slash command and its `resolved` entry. */
export interface FakeAttachment {
  option: Json;
  resolved: Json;
  url: string;
}

const GUILD_ID = '900000000000000001';
export const CHANNEL_ID = '900000000000000010';
export const OTHER_CHANNEL_ID = '900000000000000011';
const APP_ID = '900000000000000100';

/** Where an interaction comes from. */
export interface Where {
  channelId?: string;
  dm?: boolean;
  /** Default: the default guild. */
  guildId?: string;
  /** The member's permissions in the channel (a bitfield as a decimal string). */
  permissions?: string;
  /** `data.resolved` (attachments, see `attach`). */
  resolved?: Json;
}

let snowflakeCounter = 0n;
/** Unique, increasing, snowflake-shaped ids. */
export function snowflake(): string {
  snowflakeCounter += 1n;
  return ((BigInt(Date.now() - 1420070400000) << 22n) + (snowflakeCounter % 4096n)).toString();
}

export const userNamed = (username: string, id = snowflake()): FakeUser => ({ id, username });

const userJson = (u: FakeUser) => ({
  id: u.id,
  username: u.username,
  discriminator: '0',
  global_name: u.username,
  avatar: null,
  bot: u.bot ?? false,
  flags: 0,
});

interface Session {
  id: string;
  /** [shard id, shard count] as the client identified. */
  shard: [number, number];
  seq: number;
  /** Every dispatch sent in this session, for resuming. */
  sent: { s: number; t: string; d: unknown }[];
  socket?: WebSocket;
}

export class FakeDiscord extends EventEmitter {
  readonly token: string;
  readonly bot: FakeUser = { id: APP_ID, username: 'article-bot', bot: true };
  readonly guildId = GUILD_ID;
  readonly calls: RestCall[] = [];
  /** Every IDENTIFY and RESUME the gateway received. */
  readonly gatewayOps: { op: number; d: Json; at: number }[] = [];
  /** When each dispatch was written to the socket, by interaction or message id. */
  readonly sentAt = new Map<string, number>();
  /** Bot messages by id (replies, follow-ups, interaction responses), for clicking their buttons. */
  readonly messages = new Map<string, Json>();
  private server: Server;
  private wss: WebSocketServer;
  private heartbeatInterval: number;
  readonly shards: number;
  readonly guildIds: string[];
  /** Sessions by shard id. */
  private sessions = new Map<number, Session>();
  /** Files served under /attachments/, by path. */
  private attachments = new Map<string, { bytes: Uint8Array; type: string }>();
  private failures: {
    match: (method: string, path: string) => boolean;
    status: number;
    retryAfter: number;
  }[] = [];
  port = 0;

  constructor(options: FakeOptions = {}) {
    super();
    this.setMaxListeners(0);
    this.token = options.token ?? 'test-token.fake.discord';
    this.heartbeatInterval = options.heartbeatInterval ?? 45_000;
    this.shards = options.shards ?? 1;
    this.guildIds = [GUILD_ID, ...(options.extraGuilds ?? [])];
    this.server = createServer((req, res) => this.onRequest(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  /** The session of shard 0 (the only one unless sharded). */
  private get session(): Session | undefined {
    return this.sessions.get(0) ?? this.sessions.values().next().value;
  }

  /** The shard that receives a guild's events, as Discord routes them. */
  shardOf(guildId: string | undefined): number {
    return guildId ? Number((BigInt(guildId) >> 22n) % BigInt(this.shards)) : 0;
  }

  /** The text channel of a guild (the default guild's is CHANNEL_ID). */
  channelOf(guildId: string): string {
    return guildId === GUILD_ID ? CHANNEL_ID : (BigInt(guildId) + 10n).toString();
  }

  /** Shard ids that have identified and hold a session. */
  get connectedShards(): number[] {
    return [...this.sessions.keys()].sort();
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `count` calls matching get `status` (429 with a Retry-After of `retryAfter` seconds). */
  failNext(
    match: (method: string, path: string) => boolean,
    status = 429,
    retryAfter = 0.05,
    count = 1,
  ): void {
    for (let i = 0; i < count; i++) this.failures.push({ match, status, retryAfter });
  }

  /** Calls Discord turned down for their body: a limit bug in the bot. */
  get rejected(): RestCall[] {
    return this.calls.filter((c) => c.problems);
  }

  /** Resolves with the first call (already made or future) that matches. */
  waitForCall(match: (c: RestCall) => boolean, timeoutMs = 5000): Promise<RestCall> {
    const found = this.calls.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('call', listener);
        reject(new Error(`no matching REST call within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (c: RestCall) => {
        if (!match(c)) return;
        clearTimeout(timer);
        this.off('call', listener);
        resolve(c);
      };
      this.on('call', listener);
    });
  }

  /** The successful response to an interaction (the callback), once it arrives. */
  responseTo(interactionId: string, timeoutMs = 5000): Promise<RestCall> {
    return this.waitForCall(
      (c) => c.path.startsWith(`/interactions/${interactionId}/`) && c.status < 300,
      timeoutMs,
    );
  }

  /** The bot's successful reply to a message, once it arrives. */
  replyTo(messageId: string, timeoutMs = 5000): Promise<RestCall> {
    return this.waitForCall(
      (c) =>
        c.method === 'POST' &&
        /^\/channels\/\d+\/messages$/.test(c.path) &&
        c.status < 300 &&
        (c.body?.message_reference as Json | undefined)?.message_id === messageId,
      timeoutMs,
    );
  }

  // ---------------------------------------------------------------- gateway

  private onConnection(socket: WebSocket): void {
    socket.on('message', (raw) => this.onGatewayMessage(socket, raw.toString()));
    this.send(socket, { op: 10, d: { heartbeat_interval: this.heartbeatInterval }, s: null, t: null });
  }

  private send(socket: WebSocket | undefined, payload: Json): void {
    if (socket && socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
  }

  private onGatewayMessage(socket: WebSocket, text: string): void {
    const payload = JSON.parse(text) as { op: number; d: Json };
    switch (payload.op) {
      case 1:
        this.send(socket, { op: 11 });
        break;
      case 2: {
        this.gatewayOps.push({ op: 2, d: payload.d, at: performance.now() });
        if (payload.d.token !== this.token) {
          socket.close(4004, 'Authentication failed.');
          return;
        }
        this.identify(socket, payload.d.shard);
        break;
      }
      case 6: {
        this.gatewayOps.push({ op: 6, d: payload.d, at: performance.now() });
        const session = [...this.sessions.values()].find((x) => x.id === payload.d.session_id);
        if (!session || payload.d.token !== this.token) {
          this.send(socket, { op: 9, d: false, s: null, t: null });
          return;
        }
        session.socket = socket;
        const after = Number(payload.d.seq ?? 0);
        for (const e of session.sent.filter((x) => x.s > after)) this.send(socket, { op: 0, ...e });
        this.dispatchTo(session, 'RESUMED', {});
        break;
      }
      default:
        break;
    }
  }

  private identify(socket: WebSocket, shard: unknown): void {
    const [id, count] =
      Array.isArray(shard) && shard.length === 2 ? (shard as [number, number]) : ([0, 1] as [number, number]);
    if (count !== this.shards) {
      // Discord closes with 4011 (sharding required) or 4010 (invalid shard) when the count is wrong.
      socket.close(this.shards > 1 && count === 1 ? 4011 : 4010, 'Invalid shard.');
      return;
    }
    const session: Session = { id: snowflake(), shard: [id, count], seq: 0, sent: [], socket };
    this.sessions.set(id, session);
    const guilds = this.guildIds.filter((g) => this.shardOf(g) === id);
    this.dispatchTo(session, 'READY', {
      v: 10,
      user: { ...userJson(this.bot), bot: true },
      guilds: guilds.map((g) => ({ id: g, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/resume`,
      application: { id: APP_ID, flags: 0 },
      private_channels: [],
      shard: [id, count],
    });
    for (const g of guilds) this.dispatchTo(session, 'GUILD_CREATE', this.guildJson(g));
  }

  private guildJson(guildId: string = GUILD_ID): Json {
    const channel = (id: string, name: string, position: number) => ({
      id,
      type: 0,
      name,
      guild_id: guildId,
      position,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      topic: null,
    });
    return {
      id: guildId,
      name: guildId === GUILD_ID ? 'Newsroom' : `Newsroom ${guildId.slice(-4)}`,
      icon: null,
      owner_id: '900000000000000999',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        {
          id: guildId,
          name: '@everyone',
          permissions: '1071698660929',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 3,
      members: [],
      channels:
        guildId === GUILD_ID
          ? [channel(CHANNEL_ID, 'news', 0), channel(OTHER_CHANNEL_ID, 'other-news', 1)]
          : [channel(this.channelOf(guildId), 'news', 0)],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
    };
  }

  /**
   * Sends a dispatch event (and keeps it for a resume) on the session of the shard that Discord
   * would route it to: by its guild_id, shard 0 for DMs.
   */
  dispatch(t: string, d: unknown): void {
    const guildId = (d as Json | undefined)?.guild_id;
    const shard = this.shardOf(typeof guildId === 'string' ? guildId : undefined);
    const session = this.sessions.get(shard);
    if (!session) throw new Error(`no gateway session for shard ${shard}: the bot has not identified`);
    this.dispatchTo(session, t, d);
  }

  private dispatchTo(session: Session, t: string, d: unknown): void {
    const s = ++session.seq;
    session.sent.push({ s, t, d });
    this.send(session.socket, { op: 0, s, t, d });
  }

  /** op 7: the client closes and resumes at resume_gateway_url. */
  requestReconnect(): void {
    this.send(this.session?.socket, { op: 7, d: null, s: null, t: null });
  }

  /** op 9 d:false: the session is gone; the client identifies again. */
  invalidateSession(): void {
    const session = this.session;
    const socket = session?.socket;
    if (session) this.sessions.delete(session.shard[0]);
    this.send(socket, { op: 9, d: false, s: null, t: null });
  }

  /** Resolves on the next gateway op of this kind (2 IDENTIFY, 6 RESUME). */
  nextGatewayOp(op: number, timeoutMs = 8000): Promise<void> {
    const seen = this.gatewayOps.filter((o) => o.op === op).length;
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (this.gatewayOps.filter((o) => o.op === op).length > seen) {
          clearInterval(poll);
          resolve();
        } else if (Date.now() - started > timeoutMs) {
          clearInterval(poll);
          reject(new Error(`no op ${op} within ${timeoutMs} ms`));
        }
      }, 5);
    });
  }

  // ---------------------------------------------------------- interactions

  private memberJson(user: FakeUser): Json {
    return {
      user: userJson(user),
      roles: [],
      permissions: '1071698660929',
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      nick: null,
      avatar: null,
      premium_since: null,
      pending: false,
    };
  }

  private interactionBase(type: number, user: FakeUser, where: Where): Json {
    const id = snowflake();
    const guildId = where.guildId ?? GUILD_ID;
    const channelId = where.channelId ?? this.channelOf(guildId);
    const base: Json = {
      id,
      application_id: APP_ID,
      type,
      token: `itoken-${id}`,
      version: 1,
      locale: 'en-US',
      app_permissions: '1071698660929',
      entitlements: [],
      channel_id: channelId,
    };
    if (where.dm) {
      Object.assign(base, {
        user: userJson(user),
        channel: { id: channelId, type: 1, recipients: [userJson(user)], last_message_id: null, flags: 0 },
        context: 1,
        authorizing_integration_owners: { '0': '0' },
      });
    } else {
      const member = this.memberJson(user);
      if (where.permissions !== undefined) member.permissions = where.permissions;
      Object.assign(base, {
        guild_id: guildId,
        guild_locale: 'en-US',
        guild: { id: guildId, locale: 'en-US', features: [] },
        member,
        channel: { id: channelId, type: 0, guild_id: guildId, name: 'news', permissions: '1071698660929' },
        context: 0,
        authorizing_integration_owners: { '0': guildId },
      });
    }
    return base;
  }

  private emitInteraction(payload: Json): string {
    const id = payload.id as string;
    this.interactionChannels.set(id, payload.channel_id as string);
    this.interactionUsers.set(id, ((payload.member as Json | undefined)?.user ?? payload.user) as Json);
    this.sentAt.set(id, performance.now());
    this.dispatch('INTERACTION_CREATE', payload);
    return id;
  }

  /**
   * A slash command. `options` as Discord sends them: [{ name, type, value }], subcommands as
   * { name, type: 1, options }.
   */
  slash(name: string, options: Json[] = [], user: FakeUser = userNamed('reader'), where: Where = {}): string {
    const payload = this.interactionBase(2, user, where);
    payload.data = {
      id: snowflake(),
      name,
      type: 1,
      options,
      ...(where.dm ? {} : { guild_id: where.guildId ?? GUILD_ID }),
      ...(where.resolved ? { resolved: where.resolved } : {}),
    };
    return this.emitInteraction(payload);
  }

  /**
   * Serves `bytes` as an uploaded attachment (like Discord's CDN, but on this server) and returns
   * the slash-command option and `resolved` data that refer to it. `size` overrides the size Discord
   * reports (to test a client that trusts it).
   */
  attach(optionName: string, filename: string, bytes: Uint8Array | string, size?: number): FakeAttachment {
    const id = snowflake();
    const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    const path = `/attachments/${id}/${encodeURIComponent(filename)}`;
    this.attachments.set(path, { bytes: data, type: 'text/plain; charset=utf-8' });
    const url = `http://127.0.0.1:${this.port}${path}`;
    return {
      url,
      option: { name: optionName, type: 11, value: id },
      resolved: {
        attachments: {
          [id]: {
            id,
            filename,
            size: size ?? data.length,
            url,
            proxy_url: url,
            content_type: 'text/plain; charset=utf-8',
          },
        },
      },
    };
  }

  /** An autocomplete request; the focused option is marked `focused: true` in `options`. */
  autocomplete(name: string, options: Json[], user: FakeUser = userNamed('reader')): string {
    const payload = this.interactionBase(4, user, {});
    payload.data = { id: snowflake(), name, type: 1, options, guild_id: GUILD_ID };
    return this.emitInteraction(payload);
  }

  /** A click on a button of a message the bot sent. */
  click(messageId: string, customId: string, user: FakeUser = userNamed('reader')): string {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`no bot message ${messageId}`);
    const payload = this.interactionBase(3, user, { channelId: message.channel_id as string });
    payload.data = { custom_id: customId, component_type: 2 };
    payload.message = message;
    return this.emitInteraction(payload);
  }

  /** A message in a channel (or a DM) from `author`; returns its id. */
  message(
    content: string,
    author: FakeUser,
    where: { channelId?: string; dm?: boolean; mentions?: FakeUser[]; omitChannelType?: boolean } = {},
  ): string {
    const id = snowflake();
    const channelId = where.channelId ?? (where.dm ? `7${author.id.slice(1)}` : CHANNEL_ID);
    const payload: Json = {
      id,
      channel_id: channelId,
      // Discord says what kind of channel it is; discord.js needs it to build an uncached DM channel.
      ...(where.omitChannelType ? {} : { channel_type: where.dm ? 1 : 0 }),
      author: userJson(author),
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: /@(everyone|here)\b/.test(content),
      mentions: (where.mentions ?? []).map(userJson),
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
      components: [],
    };
    if (!where.dm) {
      payload.guild_id = GUILD_ID;
      payload.member = { ...this.memberJson(author), user: undefined };
    }
    this.sentAt.set(id, performance.now());
    this.dispatch('MESSAGE_CREATE', payload);
    return id;
  }

  /** A message mentioning the bot the way Discord writes it: `<@id> text`. */
  mention(text: string, author: FakeUser = userNamed('reader'), channelId = CHANNEL_ID): string {
    return this.message(`<@${this.bot.id}> ${text}`, author, { channelId, mentions: [this.bot] });
  }

  // ------------------------------------------------------------------ REST

  private botMessage(channelId: string, body: Json, extra: Json = {}): Json {
    const id = snowflake();
    const message: Json = {
      id,
      channel_id: channelId,
      author: userJson(this.bot),
      content: body.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      pinned: false,
      type: body.message_reference ? 19 : 0,
      flags: body.flags ?? 0,
      ...(body.message_reference ? { message_reference: body.message_reference } : {}),
      ...extra,
    };
    this.messages.set(id, message);
    return message;
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const file =
      req.method === 'GET' ? this.attachments.get(new URL(req.url ?? '/', 'http://x').pathname) : undefined;
    if (file) {
      res.writeHead(200, { 'content-type': file.type, 'content-length': String(file.bytes.length) });
      res.end(file.bytes);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: Json | undefined;
      const type = req.headers['content-type'] ?? '';
      if (raw && type.includes('application/json')) body = JSON.parse(raw) as Json;
      else if (raw && type.includes('multipart/form-data')) {
        const m = /name="payload_json"\r\n(?:Content-Type: [^\r\n]*\r\n)?\r\n([\s\S]*?)\r\n--/.exec(raw);
        if (m?.[1]) body = JSON.parse(m[1]) as Json;
      }
      const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
      const call: RestCall = {
        method: req.method ?? 'GET',
        path,
        auth: req.headers.authorization,
        body,
        status: 0,
        at: performance.now(),
      };
      const { status, json, headers } = this.route(call);
      call.status = status;
      this.calls.push(call);
      // A 204 has no body and so no content type (discord.js would try to parse one).
      res.writeHead(
        status,
        status === 204 ? { ...headers } : { 'content-type': 'application/json', ...headers },
      );
      res.end(status === 204 ? undefined : JSON.stringify(json));
      this.emit('call', call);
    });
  }

  private route(call: RestCall): { status: number; json?: unknown; headers?: Record<string, string> } {
    const { method, path, body } = call;
    const failure = this.failures.findIndex((f) => f.match(method, path));
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      if (f && f.status === 429)
        return {
          status: 429,
          json: { message: 'You are being rate limited.', retry_after: f.retryAfter, global: false },
          headers: { 'retry-after': String(f.retryAfter), 'x-ratelimit-scope': 'user' },
        };
      if (f) return { status: f.status, json: { message: `${f.status}: stand-in failure`, code: 0 } };
    }
    const invalid = (problems: Problems) => {
      call.problems = problems;
      return { status: 400, json: { code: 50035, message: 'Invalid Form Body', errors: problems } };
    };
    const authed = call.auth === `Bot ${this.token}`;
    const unauthorized = { status: 401, json: { message: '401: Unauthorized', code: 0 } };

    if (method === 'GET' && path === '/gateway/bot') {
      if (!authed) return unauthorized;
      return {
        status: 200,
        json: {
          url: `ws://127.0.0.1:${this.port}/gateway`,
          shards: this.shards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      };
    }
    if (method === 'GET' && path === '/applications/@me') {
      if (!authed) return unauthorized;
      return { status: 200, json: { id: APP_ID, name: 'article-bot', bot: userJson(this.bot) } };
    }
    let m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (m && method === 'PUT') {
      if (!authed) return unauthorized;
      if (m[1] !== APP_ID) return { status: 404, json: { message: 'Unknown Application', code: 10002 } };
      const list = Array.isArray(body) ? (body as unknown[]) : [];
      const problems = Object.assign({}, ...list.map((c, i) => checkCommand(c, i))) as Problems;
      if (Object.keys(problems).length) return invalid(problems);
      return {
        status: 200,
        json: list.map((c) => ({ ...(c as Json), id: snowflake(), application_id: APP_ID })),
      };
    }
    m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (m && method === 'POST') {
      const type = body?.type;
      const data = body?.data as Json | undefined;
      if (type === 8) {
        const problems = checkAutocomplete(data);
        return Object.keys(problems).length ? invalid(problems) : { status: 204 };
      }
      if (type === 4 || type === 7) {
        const problems = checkMessage(data);
        if (Object.keys(problems).length) return invalid(problems);
        const interactionId = m[1] ?? '';
        const channelId = this.interactionChannels.get(interactionId) ?? CHANNEL_ID;
        const message = this.botMessage(channelId, data ?? {}, {
          interaction_metadata: {
            id: interactionId,
            type: 2,
            user: this.interactionUsers.get(interactionId),
            authorizing_integration_owners: { '0': GUILD_ID },
          },
        });
        this.interactionMessages.set(m[2] ?? '', message);
        call.messageId = message.id as string;
        return { status: 204 };
      }
      if (type === 5 || type === 6) return { status: 204 };
      return invalid({ type: 'BASE_TYPE_CHOICES' });
    }
    m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path);
    if (m) {
      if (method === 'PATCH' || method === 'POST') {
        const problems = checkMessage(body);
        if (Object.keys(problems).length) return invalid(problems);
        const message = this.botMessage(CHANNEL_ID, body ?? {});
        call.messageId = message.id as string;
        return { status: 200, json: message };
      }
      if (method === 'GET') {
        const original = this.interactionMessages.get(m[2] ?? '');
        return original
          ? { status: 200, json: original }
          : { status: 404, json: { message: 'Unknown Message', code: 10008 } };
      }
    }
    m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m && method === 'POST') {
      if (!authed) return unauthorized;
      const problems = checkMessage(body);
      if (Object.keys(problems).length) return invalid(problems);
      const message = this.botMessage(m[1] ?? '', body ?? {});
      call.messageId = message.id as string;
      return { status: 200, json: message };
    }
    m = /^\/channels\/(\d+)\/typing$/.exec(path);
    if (m && method === 'POST') return { status: 204 };
    return { status: 404, json: { message: '404: Not Found', code: 0 } };
  }

  private interactionMessages = new Map<string, Json>();
  private interactionChannels = new Map<string, string>();
  private interactionUsers = new Map<string, Json>();
}
