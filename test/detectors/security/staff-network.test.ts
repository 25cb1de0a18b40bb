import { describe, expect, it } from 'vitest';
import { found } from '../../helpers/detect.js';

describe('staff-network detector', () => {
  it('reports the SSID of a staff network', async () => {
    expect(await found('staff-network', '職員用Wi-Fi（SSID：LIB-STAFF）のパスワードが変わりました')).toEqual(['LIB-STAFF']);
    expect(await found('staff-network', '庁内無線LANの SSID は ofc-5g-02 です')).toEqual(['ofc-5g-02']);
  });

  it('leaves networks offered to the public alone', async () => {
    expect(await found('staff-network', '無料Wi-Fi（SSID：SAKURA_FREE）はどなたでも使えます')).toEqual([]);
    expect(await found('staff-network', '来館者用Wi-Fiの SSID は LIB-GUEST です')).toEqual([]);
  });
});
