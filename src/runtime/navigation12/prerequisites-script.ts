/**
 * SCORM 1.2 adlcp:prerequisites, type "aicc_script" (SCORM 1.2 CAM §2.3.2.5 and its table of
 * the AICC CMI001 script): item identifiers combined with
 *   `&` and, `|` or, `~` not, `(` `)` grouping,
 *   `A=status`, `A<>status` (status in full or by first letter, any case, optionally quoted),
 *   `n*{A,B,C}` (at least n of the set are passed or completed).
 * A bare identifier means "passed or completed". The guidelines give no precedence between `&`
 * and `|`; we use the usual one (`~` binds tightest, then `&`, then `|`), which is also what
 * LMSs get by translating the script to their host language's boolean operators.
 */
import { scriptStatusOf, type LessonStatus } from './lesson-status.js';

export type PrerequisitesExpression =
  | { readonly kind: 'completed'; readonly id: string }
  | { readonly kind: 'status'; readonly id: string; readonly status: LessonStatus; readonly equal: boolean }
  | { readonly kind: 'atLeast'; readonly count: number; readonly ids: readonly string[] }
  | { readonly kind: 'not'; readonly operand: PrerequisitesExpression }
  | { readonly kind: 'and' | 'or'; readonly operands: readonly PrerequisitesExpression[] };

export type PrerequisitesParse =
  | { readonly ok: true; readonly expression: PrerequisitesExpression; readonly identifiers: ReadonlySet<string> }
  | { readonly ok: false; readonly error: string };

type Operator = '&' | '|' | '~' | '(' | ')' | '{' | '}' | ',' | '*' | '=' | '<>';

interface Token {
  readonly kind: Operator | 'word' | 'quoted' | 'end';
  readonly text: string;
  /** 1-based column, for messages. */
  readonly column: number;
}

const SINGLE_CHARACTER_OPERATORS = new Set<string>(['&', '|', '~', '(', ')', '{', '}', ',', '*', '=']);
const COUNT = /^[0-9]+$/;

/** Reads an aicc_script expression; a malformed one is described, never thrown. */
export function parsePrerequisites(script: string): PrerequisitesParse {
  const tokens = tokenize(script);
  if (typeof tokens === 'string') return { ok: false, error: tokens };
  const parser = new ScriptParser(tokens);
  const expression = parser.expression();
  if (typeof expression === 'string') return { ok: false, error: expression };
  return { ok: true, expression, identifiers: parser.identifiers };
}

function tokenize(script: string): Token[] | string {
  const tokens: Token[] = [];
  let index = 0;
  while (index < script.length) {
    const character = script[index]!;
    const column = index + 1;
    if (isSpace(character)) {
      index += 1;
    } else if (script.startsWith('&amp;', index)) {
      // The manifest's XML escape written twice ("&amp;amp;") reaches us as "&amp;": still `and`.
      tokens.push({ kind: '&', text: '&', column });
      index += 5;
    } else if (SINGLE_CHARACTER_OPERATORS.has(character)) {
      tokens.push({ kind: character as Operator, text: character, column });
      index += 1;
    } else if (character === '<') {
      if (script[index + 1] !== '>') return `"<" at column ${column} is not followed by ">" (not equal is written "<>")`;
      tokens.push({ kind: '<>', text: '<>', column });
      index += 2;
    } else if (character === '"' || character === "'") {
      const close = script.indexOf(character, index + 1);
      if (close < 0) return `the quote at column ${column} is never closed`;
      tokens.push({ kind: 'quoted', text: script.slice(index + 1, close), column });
      index = close + 1;
    } else {
      let end = index + 1;
      while (end < script.length && !endsWord(script[end]!)) end += 1;
      tokens.push({ kind: 'word', text: script.slice(index, end), column });
      index = end;
    }
  }
  tokens.push({ kind: 'end', text: '', column: script.length + 1 });
  return tokens;
}

function isSpace(character: string): boolean {
  return character === ' ' || character === '\t' || character === '\n' || character === '\r';
}

function endsWord(character: string): boolean {
  return isSpace(character) || SINGLE_CHARACTER_OPERATORS.has(character) || character === '<' || character === '"' || character === "'";
}

/** Recursive descent over the tokens; each method answers a node or the message of the first error. */
class ScriptParser {
  readonly identifiers = new Set<string>();
  readonly #tokens: readonly Token[];
  #next = 0;

  constructor(tokens: readonly Token[]) {
    this.#tokens = tokens;
  }

  expression(): PrerequisitesExpression | string {
    if (this.#peek().kind === 'end') return 'the expression is empty';
    const expression = this.#disjunction();
    if (typeof expression === 'string') return expression;
    const extra = this.#peek();
    return extra.kind === 'end' ? expression : unexpected(extra, 'an operator (& or |)');
  }

  #disjunction(): PrerequisitesExpression | string {
    return this.#sequence('|', () => this.#conjunction());
  }

  #conjunction(): PrerequisitesExpression | string {
    return this.#sequence('&', () => this.#negation());
  }

  #sequence(operator: '&' | '|', operand: () => PrerequisitesExpression | string): PrerequisitesExpression | string {
    const first = operand();
    if (typeof first === 'string') return first;
    if (this.#peek().kind !== operator) return first;
    const operands = [first];
    while (this.#peek().kind === operator) {
      this.#next += 1;
      const next = operand();
      if (typeof next === 'string') return next;
      operands.push(next);
    }
    return { kind: operator === '&' ? 'and' : 'or', operands };
  }

  #negation(): PrerequisitesExpression | string {
    if (this.#peek().kind !== '~') return this.#primary();
    this.#next += 1;
    const operand = this.#negation();
    return typeof operand === 'string' ? operand : { kind: 'not', operand };
  }

  #primary(): PrerequisitesExpression | string {
    const token = this.#take();
    if (token.kind === '(') {
      const inner = this.#disjunction();
      if (typeof inner === 'string') return inner;
      const close = this.#take();
      return close.kind === ')' ? inner : unexpected(close, `")" closing the "(" at column ${token.column}`);
    }
    if (token.kind !== 'word') return unexpected(token, 'an item identifier, "~" or "("');
    if (this.#peek().kind === '*') return this.#set(token);
    const comparison = this.#peek().kind;
    if (comparison !== '=' && comparison !== '<>') return this.#identifier(token, { kind: 'completed', id: token.text });
    this.#next += 1;
    const status = this.#status();
    if (typeof status === 'string') return status;
    return this.#identifier(token, { kind: 'status', id: token.text, status: status.status, equal: comparison === '=' });
  }

  /** `n*{A,B,C}`: the count, then identifiers separated by commas. */
  #set(count: Token): PrerequisitesExpression | string {
    if (!COUNT.test(count.text)) return `the set count "${count.text}" at column ${count.column} is not a whole number`;
    this.#next += 1;
    const open = this.#take();
    if (open.kind !== '{') return unexpected(open, '"{" opening the set');
    const ids: string[] = [];
    for (;;) {
      const member = this.#take();
      if (member.kind !== 'word') return unexpected(member, 'an item identifier in the set');
      this.identifiers.add(member.text);
      ids.push(member.text);
      const separator = this.#take();
      if (separator.kind === '}') break;
      if (separator.kind !== ',') return unexpected(separator, '"," or "}" in the set');
    }
    return { kind: 'atLeast', count: Number(count.text), ids };
  }

  /** A status after `=` or `<>`: one word, "not attempted" as two, or quoted. */
  #status(): { readonly status: LessonStatus } | string {
    const token = this.#take();
    if (token.kind !== 'word' && token.kind !== 'quoted') return unexpected(token, 'a lesson status');
    let text = token.text;
    const following = this.#peek();
    if (token.kind === 'word' && text.toLowerCase() === 'not' && following.kind === 'word' && following.text.toLowerCase() === 'attempted') {
      this.#next += 1;
      text = 'not attempted';
    }
    const status = scriptStatusOf(text.trim());
    return status === undefined ? `"${text}" at column ${token.column} is not a lesson status (passed, completed, failed, incomplete, browsed, not attempted or their first letters)` : { status };
  }

  #identifier(token: Token, node: PrerequisitesExpression): PrerequisitesExpression {
    this.identifiers.add(token.text);
    return node;
  }

  #peek(): Token {
    return this.#tokens[this.#next]!;
  }

  #take(): Token {
    const token = this.#tokens[this.#next]!;
    if (token.kind !== 'end') this.#next += 1;
    return token;
  }
}

function unexpected(token: Token, expected: string): string {
  const found = token.kind === 'end' ? 'the end of the expression' : `"${token.text}" at column ${token.column}`;
  return `expected ${expected}, found ${found}`;
}
