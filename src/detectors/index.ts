import { UserError } from '../errors.js';
import { postLength } from './post-length.js';
import { repeatedPost } from './repeated-post.js';
import { dates } from './dates.js';
import { PERSONAL_INFO_DETECTORS } from './personal-info/index.js';
import { SECURITY_DETECTORS } from './security/index.js';
import { shortenedUrl } from './shortened-url.js';
import type { DetectorDefinition, RunDetectorDefinition } from './types.js';
import { workHours } from './work-hours.js';

type AnyDetector = DetectorDefinition<any> | RunDetectorDefinition<any>;

/** Every built-in detector, by the name rule files use. */
const DETECTORS: ReadonlyMap<string, AnyDetector> = new Map(
  [
    shortenedUrl,
    postLength,
    workHours,
    repeatedPost,
    dates,
    ...PERSONAL_INFO_DETECTORS,
    ...SECURITY_DETECTORS,
  ].map((d) => [d.name, d as AnyDetector]),
);

export function getDetector(name: string): AnyDetector {
  const detector = DETECTORS.get(name);
  if (!detector) {
    throw new UserError(`検出器「${name}」はありません（使えるもの: ${[...DETECTORS.keys()].join(', ')}）`);
  }
  return detector;
}

export function detectorNames(): string[] {
  return [...DETECTORS.keys()];
}
