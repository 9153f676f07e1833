// Shared by the mentorship use cases: an id's shape (a malformed id is not_found, never a 500) and a day.
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const DAY_MS = 86_400_000;
