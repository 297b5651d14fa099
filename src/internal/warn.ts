import { clip } from './limits.js';

/** The longest problem or fix a warning prints. */
const MAX_WARNING_PART = 600;

/**
 * The one way Lede reports bad input: a single `console.warn` that names the
 * element, the attribute and the fix, so a newsroom developer can act on it
 * without reading our source.
 */
export function warn(tag: string, attribute: string, problem: string, fix: string): void {
  // Problems quote the bad value (cut by `echo`); this is the last line against a 10 MB warning.
  console.warn(`<${tag}> ${attribute}: ${clip(problem, MAX_WARNING_PART)} ${clip(fix, MAX_WARNING_PART)}`);
}

/**
 * Remembers which warnings an element has already given, so a value that
 * stays wrong across re-renders is reported once, not on every update.
 */
export class WarningLog {
  private readonly given = new Set<string>();

  constructor(private readonly tag: string) {}

  warn(attribute: string, problem: string, fix: string): void {
    const key = `${attribute}\u0000${problem}`;
    if (this.given.has(key)) return;
    this.given.add(key);
    warn(this.tag, attribute, problem, fix);
  }

  /** Forget a warning once the input is fixed, so a later relapse is reported again. */
  clear(attribute: string): void {
    for (const key of this.given) {
      if (key.startsWith(`${attribute}\u0000`)) this.given.delete(key);
    }
  }
}
