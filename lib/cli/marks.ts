// A marks file given on the command line (--marks): read, parsed and validated, or one line saying why not.
import { readFile } from 'node:fs/promises';
import { MarksError, parseMarksFile, type MarksFile } from '../review';
import { UserError } from './io';

export async function readMarks(path: string): Promise<MarksFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read marks file ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    return parseMarksFile(JSON.parse(text));
  } catch (err) {
    if (err instanceof SyntaxError) throw new UserError(`${path}: not JSON (${err.message.split('\n')[0]})`);
    if (err instanceof MarksError) throw new UserError(`${path}: ${err.message}`);
    throw err;
  }
}
