// The wallet page and its CSV name each movement by its ledger transfer kind (wallet.movement.<kind>);
// a kind without a label showed its raw key ("wallet.movement.space_booking") to the person.
import { describe, expect, it } from 'vitest';
import { catalog } from '../i18n/catalog.ts';
import { TRANSFER_KINDS } from '../ledger/domain.ts';

describe('wallet movement labels', () => {
  it('names every ledger transfer kind in English and Urdu', () => {
    for (const kind of TRANSFER_KINDS) {
      for (const locale of ['en', 'ur'] as const) expect((catalog[locale] as Record<string, string>)[`wallet.movement.${kind}`], `${locale} wallet.movement.${kind}`).toBeTruthy();
    }
  });
});
