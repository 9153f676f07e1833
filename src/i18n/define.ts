// Messages are declared in pairs: the Urdu table must have exactly the English table's keys, so a
// key in one language only is a type error (and a unit test checks the merged catalog too).
export function defineMessages<const E extends Record<string, string>>(en: E, ur: { [K in keyof E]: string }) {
  return { en, ur };
}
