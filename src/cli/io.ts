import { createInterface } from 'node:readline';

/** Where a command reads and writes; tests pass their own streams. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colour, progress). */
  isTTY: boolean;
}

export const processIO = (): CliIO => ({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
});

/** A command's failure that the user can act on: printed as one line, exit code 1. */
export class UsageError extends Error {}

/** Lines of standard input, one JSON string each; a line that is not JSON is taken as plain text. */
export async function* readInputLines(stdin: NodeJS.ReadableStream): AsyncGenerator<string> {
  const lines = createInterface({ input: stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    yield decodeLine(line);
  }
}

export function decodeLine(line: string): string {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'string' ? value : line;
  } catch {
    return line;
  }
}

export const writeLine = (out: NodeJS.WritableStream, text = ''): void => {
  out.write(`${text}\n`);
};
