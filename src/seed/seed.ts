// Demo data (placeholder until the seed lands).
import type { Deps } from '../platform/deps.ts';

export async function seedIfEmpty(_deps: Deps, _progress: (line: string) => void): Promise<boolean> {
  return false;
}
