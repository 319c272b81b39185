/**
 * The stand-in's strictness: what Discord answers 400 (code 50035, Invalid Form Body) to. Written
 * from Discord's documentation, independently of the bot's own limit code, so that a limit bug in
 * the bot fails a test instead of agreeing with itself. Lengths are counted in code points, as
 * Discord counts them.
 */

type Json = Record<string, unknown>;
export type Problems = Record<string, string>;

const len = (s: unknown) => (typeof s === 'string' ? [...s].length : 0);
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkString(p: Problems, path: string, v: unknown, max: number, min = 0, required = false): void {
  if (v === undefined || v === null) {
    if (required) p[path] = 'BASE_TYPE_REQUIRED';
    return;
  }
  if (typeof v !== 'string') p[path] = 'BASE_TYPE_STRING';
  else if (len(v) > max) p[path] = `BASE_TYPE_MAX_LENGTH (${len(v)} > ${max})`;
  else if (len(v) < min) p[path] = `BASE_TYPE_MIN_LENGTH (${len(v)} < ${min})`;
}

const urlOk = (v: unknown) =>
  typeof v === 'string' && /^(https?|attachment):\/\/\S+$/.test(v) && len(v) <= 2048;

function checkEmbeds(p: Problems, embeds: unknown): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    p.embeds = 'BASE_TYPE_LIST';
    return;
  }
  if (embeds.length > 10) p.embeds = `BASE_TYPE_MAX_LENGTH (${embeds.length} embeds > 10)`;
  let total = 0;
  embeds.forEach((e: unknown, i) => {
    const at = `embeds.${i}`;
    if (!isObj(e)) {
      p[at] = 'BASE_TYPE_OBJECT';
      return;
    }
    checkString(p, `${at}.title`, e.title, 256);
    checkString(p, `${at}.description`, e.description, 4096, 1);
    if (e.url !== undefined && !urlOk(e.url)) p[`${at}.url`] = 'URL_TYPE_INVALID_URL';
    total += len(e.title) + len(e.description);
    if (e.footer !== undefined) {
      const f = e.footer as Json;
      checkString(p, `${at}.footer.text`, f?.text, 2048, 1, true);
      total += len(f?.text);
    }
    if (e.author !== undefined) {
      const a = e.author as Json;
      checkString(p, `${at}.author.name`, a?.name, 256, 1, true);
      if (a?.url !== undefined && !urlOk(a.url)) p[`${at}.author.url`] = 'URL_TYPE_INVALID_URL';
      total += len(a?.name);
    }
    if (e.color !== undefined && (typeof e.color !== 'number' || e.color < 0 || e.color > 0xffffff))
      p[`${at}.color`] = 'NUMBER_TYPE_MAX';
    if (e.fields !== undefined) {
      if (!Array.isArray(e.fields)) p[`${at}.fields`] = 'BASE_TYPE_LIST';
      else {
        if (e.fields.length > 25) p[`${at}.fields`] = `BASE_TYPE_MAX_LENGTH (${e.fields.length} fields > 25)`;
        e.fields.forEach((f: unknown, j) => {
          const fj = (isObj(f) ? f : {}) as Json;
          checkString(p, `${at}.fields.${j}.name`, fj.name, 256, 1, true);
          checkString(p, `${at}.fields.${j}.value`, fj.value, 1024, 1, true);
          total += len(fj.name) + len(fj.value);
        });
      }
    }
  });
  if (total > 6000) p.embeds = `MAX_EMBED_SIZE_EXCEEDED (${total} > 6000)`;
}

function checkComponents(p: Problems, components: unknown): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    p.components = 'BASE_TYPE_LIST';
    return;
  }
  if (components.length > 5) p.components = `BASE_TYPE_MAX_LENGTH (${components.length} rows > 5)`;
  const ids = new Set<string>();
  components.forEach((row: unknown, i) => {
    const r = (isObj(row) ? row : {}) as Json;
    if (r.type !== 1) p[`components.${i}.type`] = 'COMPONENT_TYPE_INVALID';
    const children = Array.isArray(r.components) ? r.components : [];
    if (children.length < 1 || children.length > 5)
      p[`components.${i}.components`] = `BASE_TYPE_BAD_LENGTH (${children.length})`;
    children.forEach((c: unknown, j) => {
      const b = (isObj(c) ? c : {}) as Json;
      const at = `components.${i}.components.${j}`;
      if (b.type !== 2) p[`${at}.type`] = 'COMPONENT_TYPE_INVALID';
      checkString(p, `${at}.label`, b.label, 80);
      if (b.style === 5) {
        if (!urlOk(b.url)) p[`${at}.url`] = 'URL_TYPE_INVALID_URL';
      } else {
        checkString(p, `${at}.custom_id`, b.custom_id, 100, 1, true);
        if (typeof b.custom_id === 'string') {
          if (ids.has(b.custom_id)) p[`${at}.custom_id`] = 'COMPONENT_CUSTOM_ID_DUPLICATED';
          ids.add(b.custom_id);
        }
      }
    });
  });
}

/** A message body (channel message, interaction response data, webhook message). */
export function checkMessage(body: unknown, { requireSomething = true } = {}): Problems {
  const p: Problems = {};
  if (!isObj(body)) return { _: 'BASE_TYPE_OBJECT' };
  checkString(p, 'content', body.content, 2000);
  checkEmbeds(p, body.embeds);
  checkComponents(p, body.components);
  const am = body.allowed_mentions;
  if (am !== undefined && isObj(am) && am.parse !== undefined && !Array.isArray(am.parse))
    p['allowed_mentions.parse'] = 'BASE_TYPE_LIST';
  const empty =
    !len(body.content) &&
    !(Array.isArray(body.embeds) && body.embeds.length) &&
    !(Array.isArray(body.components) && body.components.length);
  if (requireSomething && empty) p._ = 'Cannot send an empty message (50006)';
  return p;
}

export function checkAutocomplete(data: unknown): Problems {
  const p: Problems = {};
  const choices = isObj(data) ? data.choices : undefined;
  if (!Array.isArray(choices)) return { choices: 'BASE_TYPE_REQUIRED' };
  if (choices.length > 25) p.choices = `BASE_TYPE_MAX_LENGTH (${choices.length} > 25)`;
  choices.forEach((c: unknown, i) => {
    const ch = (isObj(c) ? c : {}) as Json;
    checkString(p, `choices.${i}.name`, ch.name, 100, 1, true);
    if (typeof ch.value === 'string') checkString(p, `choices.${i}.value`, ch.value, 100, 1, true);
  });
  return p;
}

/** A slash command definition, as PUT by deploy-commands. */
export function checkCommand(cmd: unknown, i: number): Problems {
  const p: Problems = {};
  const c = (isObj(cmd) ? cmd : {}) as Json;
  const name = /^[-_\p{Ll}\p{N}]{1,32}$/u;
  if (typeof c.name !== 'string' || !name.test(c.name)) p[`${i}.name`] = 'APPLICATION_COMMAND_INVALID_NAME';
  checkString(p, `${i}.description`, c.description, 100, 1, true);
  const walk = (options: unknown, at: string) => {
    if (options === undefined) return;
    if (!Array.isArray(options) || options.length > 25) {
      p[at] = 'BASE_TYPE_MAX_LENGTH';
      return;
    }
    let optionalSeen = false;
    options.forEach((o: unknown, j) => {
      const opt = (isObj(o) ? o : {}) as Json;
      if (typeof opt.name !== 'string' || !name.test(opt.name))
        p[`${at}.${j}.name`] = 'APPLICATION_COMMAND_INVALID_NAME';
      checkString(p, `${at}.${j}.description`, opt.description, 100, 1, true);
      if (opt.type !== 1 && opt.type !== 2) {
        if (opt.required && optionalSeen)
          p[`${at}.${j}.required`] = 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID';
        if (!opt.required) optionalSeen = true;
      }
      walk(opt.options, `${at}.${j}.options`);
    });
  };
  walk(c.options, `${i}.options`);
  return p;
}
