import type { Report } from '../model.js';

export interface FormatOptions {
  /** Colour the output (terminal, no --no-color, no NO_COLOR). */
  readonly color: boolean;
}

/** Turns a report into text. Formatters only format: they decide nothing about findings. */
export type Formatter = (report: Report, options: FormatOptions) => string;
