import type { DetectorDefinition } from '../types.js';
import { apiToken } from './api-token.js';
import { credentialPair } from './credential-pair.js';
import { internalNetwork } from './internal-network.js';
import { keyLocation } from './key-location.js';
import { lockCode } from './lock-code.js';
import { password } from './password.js';
import { securityWeakness } from './security-weakness.js';
import { staffNetwork } from './staff-network.js';
import { unlabelledSecret } from './unlabelled-secret.js';

/** Detectors of information that threatens the municipality's security (category security). */
export const SECURITY_DETECTORS: readonly DetectorDefinition<any>[] = [
  password,
  credentialPair,
  unlabelledSecret,
  lockCode,
  keyLocation,
  internalNetwork,
  apiToken,
  securityWeakness,
  staffNetwork,
];
