/**
 * The secrets of a list that appear in clear somewhere in a report, whatever its format:
 * as written, in NFKC form (full-width digits folded), behind JSON \u escapes or GitHub's
 * %XX escapes, and, for numbers, with any separators (090-1234-5678 = 09012345678 =
 * 090 1234 5678). Used on every output format, so a new format is checked by adding it.
 */
export function leakedSecrets(output: string, secrets: readonly string[]): string[] {
  const views = [output, unescapeJson(output), unescapePercent(output)].flatMap((v) => [v, v.normalize('NFKC')]);
  const digitViews = views.map(digitRuns);
  return secrets.filter((secret) => {
    const nfkc = secret.normalize('NFKC');
    if (views.some((v) => v.includes(secret) || v.includes(nfkc))) return true;
    const digits = nfkc.replace(/\D/g, '');
    const isNumber = NUMBER.test(nfkc) && digits.length >= 8;
    return isNumber && digitViews.some((runs) => runs.some((r) => r.includes(digits)));
  });
}

const NUMBER = /^[\d\s\-()‐ー.+]+$/u;

/** Runs of digits in a text, separators between them removed. */
function digitRuns(text: string): string[] {
  return [...text.matchAll(/\d[\d\s\-()‐ー.]*\d/gu)].map((m) => m[0].replace(/\D/g, ''));
}

function unescapeJson(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function unescapePercent(text: string): string {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
