import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isArticleFile } from '../src/article/load.ts';
import {
  checkUpload,
  deleteArticleFile,
  downloadAttachment,
  storeArticleFile,
  uploadFileName,
} from '../src/discord/commands/article-files.ts';

const ARTICLE = `Ferry service resumes after the storm
The island ferry sailed again on Monday morning, the harbour master said.
Passengers had waited three days for the crossing.
`;
const bytes = (s: string) => new TextEncoder().encode(s);
const nameOf = (attachment: string, title = 'Ferry service resumes') => {
  const r = uploadFileName(attachment, title);
  return 'name' in r ? r.name : `refused: ${r.reason}`;
};

describe('the file name of an upload', () => {
  it('is a slug of the attachment name with its extension', () => {
    expect(nameOf('Ferry Service Resumes.txt')).toBe('ferry-service-resumes.txt');
    expect(nameOf('Notes.MD')).toBe('notes.md');
    expect(nameOf('Überschrift café.md')).toBe('uberschrift-cafe.md');
  });

  it('never keeps a path from the user', () => {
    expect(nameOf('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(nameOf('a/b.md')).toBe('b.md');
    expect(nameOf('..\\..\\windows\\win.ini.txt')).toBe('win-ini.txt');
    expect(nameOf('.hidden.txt')).toBe('hidden.txt');
  });

  it('avoids device names and documentation names that the loader would skip', () => {
    expect(nameOf('CON.txt')).toBe('con-article.txt');
    expect(nameOf('lpt1.md')).toBe('lpt1-article.md');
    expect(nameOf('README.md')).toBe('readme-article.md');
  });

  it('falls back to the title when the name has no letters or digits it can keep', () => {
    expect(nameOf('新闻.txt', 'Ferry service resumes')).toBe('ferry-service-resumes.txt');
    expect(nameOf('---.md', '')).toBe('article.md');
  });

  it('refuses other kinds of file', () => {
    expect(nameOf('report.pdf')).toMatch(/^refused: .*\.txt/);
    expect(nameOf('article.txt.exe')).toMatch(/^refused/);
    expect(nameOf('noextension')).toMatch(/^refused/);
  });

  it('is always a bare, loadable article file name, whatever the attachment is called', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('.txt', '.md', '.TXT'), (stem, ext) => {
        const r = uploadFileName(`${stem}${ext}`, stem);
        if (!('name' in r)) return false;
        return /^[a-z0-9-]{1,68}\.(txt|md)$/.test(r.name) && isArticleFile(r.name);
      }),
    );
  });
});

describe('the content of an upload', () => {
  it('accepts an article: a headline and body text', () => {
    expect(checkUpload(bytes(ARTICLE), 1024)).toEqual({ title: 'Ferry service resumes after the storm' });
  });

  it.each([
    ['empty', new Uint8Array(0), /empty/],
    ['binary', new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02]), /binary/],
    ['not UTF-8', new Uint8Array([0x48, 0xe9, 0x74, 0xe9, 0x0a, 0x41, 0x42]), /UTF-8/],
    ['over the cap', bytes('x'.repeat(2000)), /limit/],
    ['a headline only', bytes('Just a headline\n'), /no body text/],
  ])('refuses a file that is %s', (_what, data, reason) => {
    const r = checkUpload(data, 1024);
    expect('reason' in r && r.reason).toMatch(reason);
  });
});

describe('storing and deleting article files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'article-bot-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the file and leaves no temporary file behind', () => {
    expect(storeArticleFile(dir, 'ferry.txt', bytes(ARTICLE), false)).toEqual({ replaced: false });
    expect(readFileSync(join(dir, 'ferry.txt'), 'utf8')).toBe(ARTICLE);
    expect(readdirSync(dir)).toEqual(['ferry.txt']);
  });

  it('never overwrites a file unless asked to replace it', () => {
    writeFileSync(join(dir, 'ferry.txt'), 'old');
    const refused = storeArticleFile(dir, 'ferry.txt', bytes(ARTICLE), false);
    expect('reason' in refused && refused.reason).toMatch(/replace/);
    expect(readFileSync(join(dir, 'ferry.txt'), 'utf8')).toBe('old');
    expect(storeArticleFile(dir, 'ferry.txt', bytes(ARTICLE), true)).toEqual({ replaced: true });
    expect(readFileSync(join(dir, 'ferry.txt'), 'utf8')).toBe(ARTICLE);
    expect(readdirSync(dir)).toEqual(['ferry.txt']);
  });

  it('refuses a name whose article id another file already has', () => {
    writeFileSync(join(dir, 'ferry.md'), ARTICLE);
    const r = storeArticleFile(dir, 'ferry.txt', bytes(ARTICLE), true);
    expect('reason' in r && r.reason).toMatch(/ferry\.md/);
    expect(existsSync(join(dir, 'ferry.txt'))).toBe(false);
  });

  it('refuses paths even when called directly', () => {
    expect(storeArticleFile(dir, '../escape.txt', bytes(ARTICLE), true)).toHaveProperty('reason');
    expect(deleteArticleFile(dir, '../escape.txt')).toBe(false);
  });

  it('deletes a file once', () => {
    writeFileSync(join(dir, 'ferry.txt'), ARTICLE);
    expect(deleteArticleFile(dir, 'ferry.txt')).toBe(true);
    expect(deleteArticleFile(dir, 'ferry.txt')).toBe(false);
  });
});

describe('downloading an attachment', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/small.txt') res.end(ARTICLE);
      else if (req.url === '/endless.txt') {
        // No content-length: the cap must stop the reading.
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = 'y'.repeat(16 * 1024);
        const write = () => {
          while (res.write(chunk)) {}
          res.once('drain', write);
        };
        write();
        res.on('close', () => res.removeAllListeners('drain'));
      } else if (req.url === '/slow.txt') setTimeout(() => res.end(ARTICLE), 2000);
      else if (req.url === '/redirect.txt') res.writeHead(302, { location: '/small.txt' }).end();
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const options = { maxBytes: 64 * 1024, timeoutMs: 300, hosts: ['127.0.0.1'] };

  it('returns the bytes of an attachment on an allowed host', async () => {
    const r = await downloadAttachment(`${base}/small.txt`, options);
    expect('bytes' in r && new TextDecoder().decode(r.bytes)).toBe(ARTICLE);
  });

  it('refuses a host other than Discord’s', async () => {
    const r = await downloadAttachment(`${base}/small.txt`, { ...options, hosts: ['cdn.discordapp.com'] });
    expect('reason' in r && r.reason).toMatch(/not stored on Discord/);
    expect(await downloadAttachment('file:///etc/passwd', options)).toHaveProperty('reason');
  });

  it('stops at the byte cap, at the time limit, and on a redirect or an error', async () => {
    expect(await downloadAttachment(`${base}/endless.txt`, options)).toEqual({
      reason: expect.stringMatching(/limit/),
    });
    expect(await downloadAttachment(`${base}/slow.txt`, options)).toEqual({
      reason: expect.stringMatching(/could not download/),
    });
    expect(await downloadAttachment(`${base}/redirect.txt`, options)).toHaveProperty('reason');
    expect(await downloadAttachment(`${base}/missing.txt`, options)).toHaveProperty('reason');
  });
});
