import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/main.ts';

/** Runs the command line in-process with the given standard input; returns what it printed. */
export async function cli(argv: string[], stdin = '', env: NodeJS.ProcessEnv = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += d;
  });
  stderr.on('data', (d) => {
    err += d;
  });
  const code = await runCli(argv, { stdin: Readable.from([stdin]), stdout, stderr, env, isTTY: false });
  return { code, out, err };
}
