import { UserError } from '../errors.js';
import { PERSONAL_INFO_DETECTORS } from './personal-info/index.js';
import { SECURITY_DETECTORS } from './security/index.js';
import { shortenedUrl } from './shortened-url.js';
import type { DetectorDefinition } from './types.js';

/** Every built-in detector, by the name rule files use. */
const DETECTORS: ReadonlyMap<string, DetectorDefinition<any>> = new Map(
  [shortenedUrl, ...PERSONAL_INFO_DETECTORS, ...SECURITY_DETECTORS].map((d) => [d.name, d as DetectorDefinition<any>]),
);

export function getDetector(name: string): DetectorDefinition<any> {
  const detector = DETECTORS.get(name);
  if (!detector) {
    throw new UserError(`検出器「${name}」はありません（使えるもの: ${[...DETECTORS.keys()].join(', ')}）`);
  }
  return detector;
}

export function detectorNames(): string[] {
  return [...DETECTORS.keys()];
}
