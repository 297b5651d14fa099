import { lostBackslashes } from './cms-hints.js';

/**
 * Parses a JSON attribute written by a CMS. Malformed JSON is bad input, not
 * an exception: it is reported through `report` and `undefined` comes back,
 * so the element keeps rendering what it has.
 */
export function parseJsonAttribute(
  value: string | null,
  report: (problem: string, fix: string) => void,
  example: string,
): unknown {
  if (value == null || value.trim() === '') return undefined;
  try {
    return JSON.parse(value);
  } catch (error) {
    report(
      `is not valid JSON (${(error as Error).message}), so it was ignored.`,
      lostBackslashes(value)
        ? 'Its quotation marks lost their backslashes: write " in a string as \\u0022.'
        : `Write JSON with double-quoted keys and strings, e.g. ${example}.`,
    );
    return undefined;
  }
}

/**
 * What a JSON attribute held when it could not be parsed. A Lit attribute
 * converter cannot warn in an element's name, so it returns this and the
 * element reports it (`problem`, `fix`) when it reads the property.
 */
export class MalformedJson {
  constructor(
    readonly problem: string,
    readonly fix: string,
  ) {}
}

/**
 * A Lit attribute converter for a JSON attribute (through Lit's own
 * attribute path, so a server render reads it too): parsed JSON, `empty`
 * for an empty attribute, or a `MalformedJson` to report. Never throws.
 * LedeElement knows it by its class: JSON text set as the property is read
 * like the attribute, and a server render writes the property back as JSON.
 */
export class JsonAttributeConverter {
  constructor(
    private readonly example: string,
    readonly empty: unknown,
  ) {}

  fromAttribute(value: string | null): unknown {
    let malformed: MalformedJson | undefined;
    const parsed = parseJsonAttribute(value, (problem, fix) => (malformed = new MalformedJson(problem, fix)), this.example);
    return malformed ?? parsed ?? this.empty;
  }
}

export function jsonAttributeConverter(example: string, empty: unknown): JsonAttributeConverter {
  return new JsonAttributeConverter(example, empty);
}

/**
 * `value` as the JSON text of its attribute, for a server render; `null` (no
 * attribute) for the converter's empty value and for what JSON cannot hold.
 */
export function jsonAttributeText(value: unknown, empty: unknown): string | null {
  try {
    const text = value instanceof MalformedJson ? undefined : JSON.stringify(value);
    return text === undefined || text === JSON.stringify(empty) ? null : text;
  } catch {
    return null;
  }
}
