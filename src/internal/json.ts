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
      `Write JSON with double-quoted keys and strings, e.g. ${example}.`,
    );
    return undefined;
  }
}
