/**
 * Numbered, lettered and bulleted lists: each item starts a new sentence, and the full stop of an
 * item marker ("1.", "a.", "2.)") ends nothing.
 */
import { BULLETS, isDigit, isLineBreak, isSpace } from './chars.ts';

export interface ListItems {
  /** Offsets where an item begins a new sentence. */
  starts: number[];
  /** Offsets of the full stops inside item markers. */
  markerDots: Set<number>;
}

interface Marker {
  at: number;
  /** 1 for "1" or "a", 2 for "2" or "b", … */
  value: number;
  /** What follows the number: ".", ")" or ".)"; items of one list share it. */
  style: string;
  /** At the start of the text or a line, or after a colon: where a list begins. */
  opensList: boolean;
}

/** The last non-blank character before `at`, or undefined at the start. */
function previousMark(text: string, at: number): string | undefined {
  let k = at - 1;
  while (k >= 0 && isSpace(text[k]) && !isLineBreak(text[k])) k--;
  return k < 0 ? undefined : text[k];
}

/** "12." "3)" "4.)" "b." at `at`, preceded by a space or the start and followed by a space. */
function markerAt(text: string, at: number): Marker | null {
  if (at > 0 && !isSpace(text[at - 1]) && !BULLETS.has(text[at - 1] as string)) return null;
  let k = at;
  let value: number;
  if (isDigit(text[k])) {
    while (isDigit(text[k]) && k - at < 2) k++;
    if (isDigit(text[k])) return null;
    value = Number(text.slice(at, k));
  } else if (text[k] !== undefined && (text[k] as string) >= 'a' && (text[k] as string) <= 'z') {
    value = text.charCodeAt(k) - 96;
    k++;
  } else return null;
  const style = text.startsWith('.)', k) ? '.)' : text[k] === ')' || text[k] === '.' ? text[k] : '';
  if (!style) return null;
  const after = k + style.length;
  if (after < text.length && !isSpace(text[after])) return null;
  const prev = previousMark(text, at);
  // "• 9." is one bullet item; the bullet already starts it.
  if (prev !== undefined && BULLETS.has(prev)) return null;
  const opensList = prev === undefined || isLineBreak(prev) || prev === ':';
  return { at, value, style: style as string, opensList };
}

export function listItems(text: string, mask: Uint8Array): ListItems {
  const starts: number[] = [];
  const markerDots = new Set<number>();
  const markers: Marker[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x2000 && BULLETS.has(text[i] as string) && (i === 0 || isSpace(text[i - 1]))) {
      starts.push(i);
      // A number right after a bullet ("• 9.", "⁃10.") is the item's own label.
      let k = i + 1;
      while (k < text.length && isSpace(text[k]) && !isLineBreak(text[k])) k++;
      while (isDigit(text[k]) && k - i < 6) k++;
      if (text[k] === '.') markerDots.add(k);
      continue;
    }
    // Markers are a digit or a lower-case letter after a space: one comparison rules most positions out.
    const label = (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
    if (!label || mask[i] || (i > 0 && !isSpace(text[i - 1]) && !BULLETS.has(text[i - 1] as string)))
      continue;
    const marker = markerAt(text, i);
    if (marker) markers.push(marker);
  }

  // A list is two or more markers of one style counting up from one that opens a list; markers
  // with other values in between (amounts, dates) are not items.
  let run: Marker[] = [];
  const flush = () => {
    if (run.length >= 2) for (const m of run) starts.push(m.at);
    // A lone marker that opens a line is still a label: "1." is not a sentence of its own.
    for (const m of run) addDots(text, m, markerDots);
    run = [];
  };
  for (const m of markers) {
    const last = run[run.length - 1];
    if (last && m.style === last.style && m.value === last.value + 1) run.push(m);
    else if (m.opensList) {
      flush();
      run = [m];
    }
  }
  flush();
  return { starts, markerDots };
}

function addDots(text: string, marker: Marker, dots: Set<number>): void {
  for (let k = marker.at; k < marker.at + 4 && k < text.length && !isSpace(text[k]); k++) {
    if (text[k] === '.') dots.add(k);
  }
}
