// Reading a JSON knowledge file so that every error names the file and the line: invalid JSON, a schema
// violation (the line of the offending entry), or a file too large to be knowledge.
import { readFileSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { KnowledgeError } from './types.js';

/** No knowledge file is this large; a larger one is a mistake (or an attack), refused before parsing. */
export const MAX_DATA_FILE_BYTES = 4 * 1024 * 1024;

export function readDataFile<T extends z.ZodType>(file: string, schema: T): { data: z.infer<T>; text: string } {
  const text = readKnowledgeText(file, MAX_DATA_FILE_BYTES);
  return { data: parseDataText(text, file, schema), text };
}

/**
 * A knowledge file's text, refused (file and line) when it is larger than `max` bytes, is not UTF-8 text, or
 * holds characters that would be quoted to users invisibly or wrongly: NUL and other control characters,
 * bidirectional overrides, lone surrogates.
 */
export function readKnowledgeText(file: string, max: number): string {
  const size = statSync(file).size;
  if (size > max) throw new KnowledgeError(file, 1, `file is ${size} bytes; knowledge files are at most ${max}`);
  const text = readFileSync(file, 'utf8');
  const bad = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\uFFFD]|\p{Cs}/u.exec(text);
  if (bad) {
    const line = text.slice(0, bad.index).split('\n').length;
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new KnowledgeError(file, line, `character U+${code} (a control, bidirectional override, broken or replacement character) is not allowed`);
  }
  return text;
}

/** JSON.parse, with a syntax error reported at its file and line. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const pos = /position (\d+)/.exec(String(err))?.[1];
    const line = pos ? text.slice(0, Number(pos)).split('\n').length : 1;
    throw new KnowledgeError(file, line, `not valid JSON: ${(err as Error).message}`);
  }
}

export function parseDataText<T extends z.ZodType>(text: string, file: string, schema: T): z.infer<T> {
  const parsed = schema.safeParse(parseJson(text, file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new KnowledgeError(file, lineOfPath(text, issue.path), `${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * The line where a JSON path starts, found by walking the text: keys by name, array items by
 * counting the values at that depth. Good enough for files written one entry per line or indented.
 */
export function lineOfPath(text: string, path: ReadonlyArray<PropertyKey>): number {
  return lineAt(text, positionOfPath(text, path).pos);
}

/** Where a JSON path starts (as far as it could be followed) and whether it was followed to its end. */
function positionOfPath(text: string, path: ReadonlyArray<PropertyKey>): { pos: number; found: boolean } {
  let pos = 0;
  for (const step of path) {
    const found = typeof step === 'number' ? arrayItem(text, pos, step) : objectKey(text, pos, String(step));
    if (found < 0) return { pos, found: false };
    pos = found;
  }
  return { pos, found: true };
}

function lineAt(text: string, pos: number): number {
  return text.slice(0, pos).split('\n').length;
}

/**
 * The lines of the first `count` items of the array at `path`: lineOfPath(text, [...path, i]) for each i, in
 * one walk of the text. Asking lineOfPath item by item walks the array again for every item (quadratic: it
 * was 0.1 s of the bot's start, for the lexicons' few thousand entries).
 */
export function linesOfItems(text: string, path: ReadonlyArray<PropertyKey>, count: number): number[] {
  const array = positionOfPath(text, path);
  const fallback = lineAt(text, array.pos); // as lineOfPath: the line of the deepest step it could follow
  const starts = array.found ? arrayItems(text, array.pos, count) : [];
  const lines: number[] = [];
  let line = 1;
  let counted = 0;
  for (let i = 0; i < count; i++) {
    const at = starts[i];
    if (at === undefined) {
      lines.push(fallback);
      continue;
    }
    // Items start in increasing order: count the newlines since the previous one.
    for (; counted < at; counted++) if (text.charCodeAt(counted) === 10) line++;
    lines.push(line);
  }
  return lines;
}

function objectKey(text: string, from: number, key: string): number {
  const at = text.indexOf(`"${key}"`, from);
  return at < 0 ? -1 : at;
}

/** Position of the n-th value inside the array that opens at or after `from`. */
function arrayItem(text: string, from: number, n: number): number {
  return arrayItems(text, from, n + 1)[n] ?? -1;
}

/**
 * Positions of the first `count` values inside the array that opens at or after `from`, by index; an index
 * that arrayItem would not find (a shorter array) has none.
 */
function arrayItems(text: string, from: number, count: number): Array<number | undefined> {
  const starts: Array<number | undefined> = [];
  let i = text.indexOf('[', from);
  if (i < 0) return starts;
  let depth = 0;
  let index = 0;
  for (i = i + 1; i < text.length && index < count; i++) {
    const c = text[i]!;
    if (depth === 0 && starts[index] === undefined && !/\s|,/.test(c)) starts[index] = i;
    if (c === '"') {
      // Strings are most of a knowledge file: jump over them rather than step through them.
      const end = stringEnd(text, i);
      if (end < 0) break;
      i = end;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
    } else if (c === ',' && depth === 0) index++;
  }
  return starts;
}

/** The quote that closes the string opening at `open` (one not escaped by an odd run of backslashes), or -1. */
function stringEnd(text: string, open: number): number {
  for (let q = text.indexOf('"', open + 1); q >= 0; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    for (let k = q - 1; k > open && text.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return -1;
}
