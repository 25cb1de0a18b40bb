import { describe, expect, it } from 'vitest';
import { isProductName } from '../../../src/detectors/security/product-name.js';
import { lexKey } from '../../../src/text/fold.js';

const NAMES = ['windows', 'win', 'ios', 'android', 'office', 'wi-fi', 'word'].map(lexKey);

describe('isProductName', () => {
  it.each(['Windows10', 'Win7', 'iOS16', 'Android12', 'Office365', 'Wi-Fi6', 'windows'])('%s is a product', (word) => {
    expect(isProductName(word, NAMES)).toBe(true);
  });

  it.each(['winter2026', 'wordpass7', 'sakura1234', 'iosaka01'])('%s is not', (word) => {
    expect(isProductName(word, NAMES)).toBe(false);
  });
});
