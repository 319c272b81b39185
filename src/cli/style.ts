/** Terminal colours, only on a terminal and never with NO_COLOR (https://no-color.org). */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  quote(s: string): string;
  who(s: string): string;
  warn(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string) => s;

export function colorWanted(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR === '0') return false;
  return isTTY;
}

export function createStyle(color: boolean): Style {
  if (!color) return { bold: plain, dim: plain, quote: plain, who: plain, warn: plain };
  return { bold: wrap(1, 22), dim: wrap(2, 22), quote: wrap(36, 39), who: wrap(33, 39), warn: wrap(31, 39) };
}
