/**
 * Position of the first character that breaks the JSON grammar of RFC 8259,
 * as numbers that any locale can state. `JSON.parse` reports the same error
 * in the browser's English, and only some engines give its position.
 */
export interface JsonSyntaxError {
  /** Offset of the first invalid character in UTF-16 code units, or the text's length when it ends early. */
  offset: number;
  /** Line of `offset`, from 1. */
  line: number;
  /** Column of `offset` in UTF-16 code units, from 1. */
  column: number;
  /** True when the text ends before the JSON value is complete. */
  endsEarly: boolean;
  /** Up to 20 characters of the line before `offset` and 10 from it, with control and invisible characters escaped. */
  excerpt: string;
}

const whitespace = new Set([' ', '\t', '\n', '\r']);
const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const isDigit = (character: string | undefined) =>
  character !== undefined && character >= '0' && character <= '9';
const isHexDigit = (character: string | undefined) =>
  character !== undefined && /^[0-9a-fA-F]$/.test(character);

/**
 * Scans `text` as JSON and returns its first syntax error, or undefined when
 * the text is valid JSON. The scan keeps an explicit stack, so deeply nested
 * input cannot overflow the call stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const offset = scan(text);
  return offset === undefined ? undefined : describeOffset(text, offset);
}

/** Returns the offset of the first invalid character, or undefined for valid JSON. */
function scan(text: string): number | undefined {
  let index = 0;
  const containers: Array<'array' | 'object'> = [];
  const skipWhitespace = () => {
    while (whitespace.has(text[index])) index += 1;
  };

  /** Reads a string from its opening quote and returns false where it breaks. */
  const readString = (): boolean => {
    index += 1;
    for (;;) {
      const character = text[index];
      if (character === undefined || character < ' ') return false;
      if (character === '"') {
        index += 1;
        return true;
      }
      if (character === '\\') {
        index += 1;
        if (text[index] === 'u') {
          for (let digit = 0; digit < 4; digit += 1) {
            index += 1;
            if (!isHexDigit(text[index])) return false;
          }
        } else if (!escapes.has(text[index])) {
          return false;
        }
      }
      index += 1;
    }
  };

  const readDigits = (): boolean => {
    if (!isDigit(text[index])) return false;
    while (isDigit(text[index])) index += 1;
    return true;
  };

  const readNumber = (): boolean => {
    if (text[index] === '-') index += 1;
    if (text[index] === '0') index += 1;
    else if (!readDigits()) return false;
    if (text[index] === '.') {
      index += 1;
      if (!readDigits()) return false;
    }
    if (text[index] === 'e' || text[index] === 'E') {
      index += 1;
      if (text[index] === '+' || text[index] === '-') index += 1;
      if (!readDigits()) return false;
    }
    return true;
  };

  const readLiteral = (): boolean => {
    for (const literal of ['true', 'false', 'null']) {
      if (text[index] !== literal[0]) continue;
      for (const expected of literal) {
        if (text[index] !== expected) return false;
        index += 1;
      }
      return true;
    }
    return false;
  };

  /** Reads `"key":` and returns false where it breaks. */
  const readKey = (): boolean => {
    skipWhitespace();
    if (text[index] !== '"' || !readString()) return false;
    skipWhitespace();
    if (text[index] !== ':') return false;
    index += 1;
    return true;
  };

  // Each turn reads one value, then the closing brackets and the comma after it.
  for (;;) {
    skipWhitespace();
    const character = text[index];
    if (character === '{' || character === '[') {
      index += 1;
      skipWhitespace();
      const closing = character === '{' ? '}' : ']';
      if (text[index] !== closing) {
        containers.push(character === '{' ? 'object' : 'array');
        if (character === '{' && !readKey()) return index;
        continue;
      }
      index += 1;
    } else if (character === '"') {
      if (!readString()) return index;
    } else if (character === '-' || isDigit(character)) {
      if (!readNumber()) return index;
    } else if (!readLiteral()) {
      return index;
    }

    // After a value: close containers, or go on to the next item.
    for (;;) {
      skipWhitespace();
      const container = containers.at(-1);
      if (container === undefined) return index === text.length ? undefined : index;
      const closing = container === 'object' ? '}' : ']';
      if (text[index] === closing) {
        index += 1;
        containers.pop();
        continue;
      }
      if (text[index] !== ',') return index;
      index += 1;
      if (container === 'object' && !readKey()) return index;
      break;
    }
  }
}

const isLineBreak = (character: string | undefined) => character === '\n' || character === '\r';

/**
 * Writes control and invisible characters of an excerpt as escapes, so a raw
 * newline, a byte order mark or a no-break space that JSON rejects is visible.
 */
function escapeControls(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u00a0\u00ad\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g,
    (character) => {
      if (character === '\n') return '\\n';
      if (character === '\r') return '\\r';
      if (character === '\t') return '\\t';
      return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
    },
  );
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function describeOffset(text: string, offset: number): JsonSyntaxError {
  // Lines end at LF, CRLF or a lone CR, the three line breaks JSON whitespace allows.
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    const character = text[index];
    if (character === '\n' || (character === '\r' && text[index + 1] !== '\n')) {
      line += 1;
      lineStart = index + 1;
    }
  }
  // The line runs to its break. When the invalid character is itself a break, as in a string
  // with a raw newline, the excerpt shows it escaped and runs on to the next break.
  let lineEnd = Math.min(offset + 1, text.length);
  while (lineEnd < text.length && !isLineBreak(text[lineEnd])) lineEnd += 1;
  // Both ends move off the middle of a surrogate pair, so the excerpt keeps whole characters.
  let from = Math.max(lineStart, offset - 20);
  if (from > lineStart && isLowSurrogate(text.charCodeAt(from))) from -= 1;
  let to = Math.min(lineEnd, offset + 10);
  if (to < lineEnd && isLowSurrogate(text.charCodeAt(to))) to += 1;
  const excerpt = `${from > lineStart ? '…' : ''}${escapeControls(text.slice(from, to))}${to < lineEnd ? '…' : ''}`;
  return {
    offset,
    line,
    column: offset - lineStart + 1,
    endsEarly: offset >= text.length,
    excerpt,
  };
}
