/**
 * Articles uploaded from Discord: the file name we give them, the checks their content passes
 * before it is written, the download of the attachment and the atomic write into the articles
 * folder. Nothing here trusts the user's file name or URL: the name is a slug we derive, and the
 * bytes come only from the attachment URL Discord gave, on a Discord host, capped in size and time.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { articleId, decodeArticle, isArticleFile } from '../../article/load.ts';
import { parseArticle } from '../../article/parse.ts';

export const UPLOAD_EXTENSIONS = ['.txt', '.md'] as const;
/** Where Discord serves attachments; the configured API host is added (a proxy, the test stand-in). */
export const DISCORD_ATTACHMENT_HOSTS = ['cdn.discordapp.com', 'media.discordapp.net'] as const;
const MAX_NAME = 60;

// Device names Windows refuses as file names, whatever the extension (the folder may be shared).
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

export type Checked<T> = T | { reason: string };

const fmt = (n: number) => (n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`);

export const tooBigNote = (maxBytes: number) => `The file is over the ${fmt(maxBytes)} limit for uploads.`;

/** Lower-case letters, digits and dashes, accents dropped ("Café Öl" → "cafe-ol"); "article" when empty. */
function slug(text: string): string {
  const plain = text.normalize('NFKD').replace(/\p{M}/gu, '');
  return plain ? articleId(`${plain}.txt`) : 'article';
}

/**
 * The file name an upload is stored under: a slug of the attachment's name (or, when that has no
 * letters or digits, of the article's title) with the attachment's extension. Never contains a path.
 */
export function uploadFileName(attachmentName: string, title: string): Checked<{ name: string }> {
  // Only the last segment counts, whichever separator the client used.
  const last = attachmentName.split(/[/\\]/).pop() ?? '';
  // Not extname: it sees no extension in ".txt" alone.
  const ext = (/\.[^.]*$/.exec(last)?.[0] ?? '').toLowerCase();
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(ext))
    return { reason: 'I take articles as `.txt` or `.md` files only.' };
  const stem = last.slice(0, last.length - ext.length);
  // slug() gives "article" when no letter or digit is left (a name in another script).
  const fromName = slug(stem);
  const base = fromName === 'article' ? slug(title) : fromName;
  let name = base.slice(0, MAX_NAME).replace(/-+$/, '') || 'article';
  if (RESERVED.test(name) || !isArticleFile(`${name}${ext}`)) name = `${name}-article`;
  return { name: `${name}${ext}` };
}

/** The upload's bytes checked by the loader's own rules: size, text, UTF-8, a headline and a body. */
export function checkUpload(bytes: Uint8Array, maxBytes: number): Checked<{ title: string }> {
  if (bytes.length > maxBytes) return { reason: tooBigNote(maxBytes) };
  const decoded = decodeArticle(bytes, maxBytes);
  if ('reason' in decoded) return { reason: `That is not an article I can read: ${decoded.reason}.` };
  const parsed = parseArticle(decoded.text);
  if (!parsed?.paragraphs.length)
    return {
      reason: 'That file has no body text: an article is a headline line followed by its paragraphs.',
    };
  return { title: parsed.title };
}

export interface DownloadOptions {
  maxBytes: number;
  timeoutMs: number;
  /** Host names the URL may point at. */
  hosts: readonly string[];
}

/** Fetches an attachment's bytes, stopping at the byte cap or the time limit. */
export async function downloadAttachment(
  url: string,
  options: DownloadOptions,
): Promise<Checked<{ bytes: Uint8Array }>> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { reason: 'The attachment has no usable address.' };
  }
  if (!/^https?:$/.test(parsed.protocol) || !options.hosts.includes(parsed.hostname))
    return { reason: 'The attachment is not stored on Discord, so I will not fetch it.' };
  const tooBig = { reason: tooBigNote(options.maxBytes) };
  const failed = { reason: 'I could not download the attachment. Please try again.' };
  try {
    const response = await fetch(parsed, {
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'error',
    });
    if (!response.ok || !response.body) return failed;
    if (Number(response.headers.get('content-length') ?? 0) > options.maxBytes) {
      await response.body.cancel();
      return tooBig;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      // More than the cap: stop reading rather than hold an unbounded body in memory.
      if (size > options.maxBytes) return tooBig;
      chunks.push(chunk);
    }
    return { bytes: Buffer.concat(chunks) };
  } catch {
    return failed;
  }
}

/** Article files in the folder whose id would be `slug` (another extension of the same name). */
function sameId(dir: string, name: string): string | undefined {
  const slug = articleId(name);
  return readdirSync(dir).find((f) => f !== name && isArticleFile(f) && articleId(f) === slug);
}

/**
 * Writes `bytes` as `dir/name` in one step (a hidden temporary file, then a link or rename), so the
 * watcher never reads half a file. Without `replace`, an existing file is never overwritten, even
 * one written at the same moment (the link fails atomically).
 */
export function storeArticleFile(
  dir: string,
  name: string,
  bytes: Uint8Array,
  replace: boolean,
): Checked<{ replaced: boolean }> {
  if (basename(name) !== name || !isArticleFile(name)) return { reason: 'That file name is not allowed.' };
  const other = sameId(dir, name);
  if (other) return { reason: `There is already an article \`${other}\` of that name; rename your file.` };
  const target = join(dir, name);
  // Leading dot: not an article file, so neither the loader nor the watcher picks it up.
  const temp = join(dir, `.upload-${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(temp, bytes, { flag: 'wx' });
  try {
    if (replace) {
      let existed = true;
      try {
        linkSync(temp, target);
        existed = false;
      } catch {
        renameSync(temp, target);
      }
      return { replaced: existed };
    }
    try {
      linkSync(temp, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        return {
          reason: `There is already an article file \`${name}\`. Add \`replace: True\` to replace it.`,
        };
      throw error;
    }
    return { replaced: false };
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed into place.
    }
  }
}

/** Deletes an article file of the folder; false when it was already gone. */
export function deleteArticleFile(dir: string, file: string): boolean {
  if (basename(file) !== file || !isArticleFile(file)) return false;
  try {
    unlinkSync(join(dir, file));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
