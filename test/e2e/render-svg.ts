/**
 * Draws a picture of a real reply of the bot, for the README: starts the bot against the stand-in
 * Discord on the seed article, asks one question, and draws the reply it sent (embeds, fields,
 * buttons) in Discord's dark theme as SVG.
 *   npx tsx test/e2e/render-svg.ts "How many settlements does Ukraine control?" > src/discord/reply.svg
 * The layout is approximate (text width is estimated, not measured).
 */
import { join } from 'node:path';
import { buttonsOf, embedsOf, messageOf, startBot } from './harness.ts';

type Json = Record<string, unknown>;

const W = 760;
const CHAR = 7.4; // average width of a 14 px sans-serif character
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const plain = (s: string) => s.replace(/\\(.)/g, '$1');

function wrap(text: string, width: number, size = 14, bold = false): string[] {
  const per = Math.max(10, Math.floor(width / (CHAR * (size / 14) * (bold ? 1.12 : 1))));
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      if (line && `${line} ${word}`.length > per) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

class Canvas {
  parts: string[] = [];
  text(x: number, y: number, s: string, { size = 14, color = '#dbdee1', weight = 400 } = {}): void {
    this.parts.push(
      `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${color}">${esc(s)}</text>`,
    );
  }
  rect(x: number, y: number, w: number, h: number, fill: string, r = 4): void {
    this.parts.push(
      `<rect x="${x}" y="${y}" width="${Math.round(w)}" height="${Math.round(h)}" rx="${r}" fill="${fill}"/>`,
    );
  }
}

function drawEmbed(c: Canvas, e: Json, x: number, y: number, width: number): number {
  const inner = width - 32;
  const start = y;
  const body = new Canvas();
  let cy = y + 12;
  const author = (e.author as Json | undefined)?.name;
  if (author) {
    cy += 14;
    body.text(x + 16, cy, plain(String(author)), { size: 12, weight: 600, color: '#f2f3f5' });
    cy += 6;
  }
  if (e.title) {
    for (const line of wrap(plain(String(e.title)), inner, 15, true)) {
      cy += 20;
      body.text(x + 16, cy, line, { size: 15, weight: 600, color: e.url ? '#00a8fc' : '#f2f3f5' });
    }
    cy += 4;
  }
  if (e.description) {
    for (const line of wrap(plain(String(e.description)).replace(/\*\*/g, ''), inner)) {
      cy += 19;
      body.text(x + 16, cy, line);
    }
    cy += 6;
  }
  const fields = (e.fields ?? []) as { name: string; value: string; inline?: boolean }[];
  for (let i = 0; i < fields.length; ) {
    const row = fields[i]?.inline ? fields.slice(i, i + 3).filter((f) => f.inline) : fields.slice(i, i + 1);
    const colW = inner / row.length;
    let rowH = 0;
    row.forEach((f, j) => {
      const fx = x + 16 + j * colW;
      let fy = cy;
      for (const line of wrap(plain(f.name), colW - 12, 13, true)) {
        fy += 18;
        body.text(fx, fy, line, { size: 13, weight: 600, color: '#f2f3f5' });
      }
      for (const line of wrap(plain(f.value), colW - 12, 13)) {
        fy += 18;
        body.text(fx, fy, line, { size: 13 });
      }
      rowH = Math.max(rowH, fy - cy);
    });
    cy += rowH + 6;
    i += row.length;
  }
  const footer = (e.footer as Json | undefined)?.text;
  if (footer) {
    cy += 18;
    body.text(x + 16, cy, plain(String(footer)), { size: 12, color: '#b5bac1' });
  }
  cy += 14;
  c.rect(x, start, width, cy - start, '#2b2d31');
  c.rect(
    x,
    start,
    4,
    cy - start,
    `#${Number(e.color ?? 0x4e5058)
      .toString(16)
      .padStart(6, '0')}`,
    2,
  );
  c.parts.push(...body.parts);
  return cy;
}

export async function renderReplySvg(question: string): Promise<string> {
  const run = await startBot({ articlesDir: join(import.meta.dirname, '..', '..', 'seeds') });
  try {
    const call = await run.fake.responseTo(
      run.fake.slash('ask', [{ name: 'question', type: 3, value: question }]),
    );
    const c = new Canvas();
    const x = 72;
    let y = 28;
    c.text(x, y, `reader used /ask question: ${question}`, { size: 13, color: '#b5bac1' });
    y += 14;
    c.parts.push(`<circle cx="36" cy="${y + 20}" r="20" fill="#5865f2"/>`);
    c.text(24, y + 25, 'AB', { size: 13, weight: 700, color: '#ffffff' });
    y += 20;
    c.text(x, y, 'article-bot', { size: 15, weight: 600, color: '#f2f3f5' });
    c.rect(x + 92, y - 12, 30, 15, '#5865f2', 3);
    c.text(x + 97, y - 1, 'APP', { size: 10, weight: 700, color: '#ffffff' });
    const content = plain(String(messageOf(call).content ?? '')).replace(/\*\*/g, '');
    for (const line of wrap(content, W - x - 24)) {
      y += 21;
      c.text(x, y, line);
    }
    y += 10;
    for (const e of embedsOf(call)) y = drawEmbed(c, e, x, y, Math.min(520, W - x - 24)) + 8;
    let bx = x;
    const buttons = buttonsOf(call) as { label?: string; style?: number }[];
    for (const b of buttons) {
      const label = b.label ?? '';
      const bw = label.length * CHAR + 28;
      c.rect(bx, y + 4, bw, 32, b.style === 1 ? '#5865f2' : '#4e5058', 4);
      c.text(bx + 14, y + 25, label, { size: 14, weight: 500, color: '#ffffff' });
      bx += bw + 8;
    }
    const height = y + (buttons.length ? 52 : 16);
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="'gg sans','Noto Sans','Helvetica Neue',Helvetica,Arial,sans-serif">`,
      `<title>${esc(`article-bot's reply to /ask question: ${question}`)}</title>`,
      `<rect width="${W}" height="${height}" fill="#313338"/>`,
      ...c.parts,
      '</svg>',
      '',
    ].join('\n');
  } finally {
    await run.stop();
  }
}

if (process.argv[1]?.endsWith('render-svg.ts')) {
  process.stdout.write(await renderReplySvg(process.argv[2] ?? 'How many settlements does Ukraine control?'));
}
