/** Why the bot could not connect, in one line for the person starting it (never the token). */

interface ErrorLike {
  code?: unknown;
  status?: unknown;
  message?: unknown;
  cause?: unknown;
}

const causes = (error: unknown): ErrorLike[] => {
  const out: ErrorLike[] = [];
  let e: unknown = error;
  while (e && typeof e === 'object' && out.length < 5) {
    out.push(e as ErrorLike);
    e = (e as ErrorLike).cause;
  }
  return out;
};

export function describeLoginError(error: unknown, apiUrl?: string): string {
  const chain = causes(error);
  const codes = chain.map((e) => String(e.code ?? ''));
  const where = apiUrl ? `the Discord API at ${apiUrl}` : 'Discord';
  if (codes.includes('TokenInvalid') || chain.some((e) => e.status === 401))
    return `${where} rejected DISCORD_TOKEN (401 Unauthorized). Copy the bot token again from the Developer Portal (Bot → Reset Token) into DISCORD_TOKEN.`;
  if (codes.includes('DisallowedIntents') || codes.includes('4014'))
    return `${where} refused the Message Content intent. Enable it in the Developer Portal (Bot → Privileged Gateway Intents) or unset DISCORD_MESSAGE_CONTENT.`;
  const network = codes.find((c) =>
    /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT|UND_ERR_\w+)$/.test(c),
  );
  if (network)
    return `cannot reach ${where} (${network}). Check the network${apiUrl ? ' and DISCORD_API_URL' : ''}.`;
  const message = chain.map((e) => (typeof e.message === 'string' ? e.message : '')).find(Boolean);
  return `could not connect to ${where}: ${message ?? String(error)}`;
}

/** Removes a secret from a line of text (error messages from libraries may quote it). */
export const scrub = (text: string, secret: string | undefined) =>
  secret && secret.length >= 8 ? text.split(secret).join('[redacted]') : text;
