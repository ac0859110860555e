import { TextRun, type IRunOptions } from 'docx';

/**
 * `new TextRun()` also accepts a plain string, so its object literal's `bold` and `italics`
 * resolve to the deprecated String.prototype methods in the type checker; a parameter typed
 * as run options only avoids that false alarm.
 */
export function styledRun(options: IRunOptions): TextRun {
  return new TextRun(options);
}
