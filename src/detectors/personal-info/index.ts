import type { DetectorDefinition } from '../types.js';
import { birthDate } from './birth-date.js';
import { emailAddress } from './email-address.js';
import { myNumber } from './my-number.js';
import { namedPerson } from './named-person.js';
import { phoneNumber } from './phone-number.js';
import { privateCircumstance } from './private-circumstance.js';
import { snsHandle } from './sns-handle.js';
import { streetAddress } from './street-address.js';

/** Detectors of personal data (category personal-info). */
export const PERSONAL_INFO_DETECTORS: readonly DetectorDefinition<any>[] = [
  phoneNumber,
  emailAddress,
  myNumber,
  streetAddress,
  birthDate,
  privateCircumstance,
  snsHandle,
  namedPerson,
];
