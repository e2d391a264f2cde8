import type { FilledPart } from './placeholders.ts';

/** Inline content of a line; `bold` is true inside `**…**`. */
export type Inline =
  | { kind: 'text'; text: string; bold: boolean }
  | { kind: 'value'; text: string; name: string; bold: boolean }
  | { kind: 'unknown'; raw: string; name: string; bold: boolean };

/** A paragraph (its lines are shown with line breaks) or a bullet list. */
export type Block = { kind: 'paragraph'; lines: Inline[][] } | { kind: 'list'; items: Inline[][] };

type Line = FilledPart[];

/**
 * Arranges filled template parts into blocks: blank lines separate
 * paragraphs, lines starting with "- " form a list, and `**` in the
 * template's own text toggles bold. Markers inside filled values are data
 * and are shown as written. An unpaired `**` stays as literal text.
 */
export function toBlocks(parts: FilledPart[]): Block[] {
  const blocks: Block[] = [];
  let paragraph: Inline[][] = [];
  let list: Inline[][] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', lines: paragraph });
    if (list.length) blocks.push({ kind: 'list', items: list });
    paragraph = [];
    list = [];
  };
  for (const line of splitLines(parts)) {
    if (isBlank(line)) {
      flush();
      continue;
    }
    const item = stripListMarker(line);
    if (item) {
      if (paragraph.length) flush();
      list.push(applyBold(item));
    } else {
      if (list.length) flush();
      paragraph.push(applyBold(trimLine(line)));
    }
  }
  flush();
  return blocks;
}

/** Splits parts into lines at the newlines of literal text; filled values never break a line. */
function splitLines(parts: FilledPart[]): Line[] {
  const lines: Line[] = [[]];
  for (const part of parts) {
    if (part.kind !== 'text') {
      lines[lines.length - 1].push(part);
      continue;
    }
    const pieces = part.text.replace(/\r\n?/g, '\n').split('\n');
    pieces.forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece) lines[lines.length - 1].push({ kind: 'text', text: piece });
    });
  }
  return lines;
}

function isBlank(line: Line): boolean {
  return line.every((part) => part.kind === 'text' && part.text.trim() === '');
}

function stripListMarker(line: Line): Line | undefined {
  const first = line[0];
  if (first?.kind !== 'text') return undefined;
  const match = /^\s*- /.exec(first.text);
  if (!match) return undefined;
  const rest = first.text.slice(match[0].length);
  return rest ? [{ kind: 'text', text: rest }, ...line.slice(1)] : line.slice(1);
}

function trimLine(line: Line): Line {
  const first = line[0];
  if (first?.kind !== 'text') return line;
  const text = first.text.trimStart();
  return text ? [{ kind: 'text', text }, ...line.slice(1)] : line.slice(1);
}

/** Splits literal text at `**` and marks what lies between paired markers as bold. */
function applyBold(line: Line): Inline[] {
  type Piece = FilledPart | { kind: 'marker' };
  const pieces: Piece[] = [];
  for (const part of line) {
    if (part.kind !== 'text') {
      pieces.push(part);
      continue;
    }
    part.text.split('**').forEach((text, index) => {
      if (index > 0) pieces.push({ kind: 'marker' });
      if (text) pieces.push({ kind: 'text', text });
    });
  }
  const markerCount = pieces.filter((piece) => piece.kind === 'marker').length;
  // With an odd count, the last marker has no partner and is shown as text.
  let pairedLeft = markerCount - (markerCount % 2);
  let bold = false;
  const inline: Inline[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'marker') {
      if (pairedLeft > 0) {
        bold = !bold;
        pairedLeft -= 1;
        continue;
      }
      inline.push({ kind: 'text', text: '**', bold });
      continue;
    }
    inline.push({ ...piece, bold });
  }
  return mergeText(inline);
}

function mergeText(inline: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const item of inline) {
    const previous = merged[merged.length - 1];
    if (item.kind === 'text' && previous?.kind === 'text' && previous.bold === item.bold) {
      merged[merged.length - 1] = { ...previous, text: previous.text + item.text };
    } else {
      merged.push(item);
    }
  }
  return merged;
}
