/** Each id once, in first-seen order (a caption's sources). */
export const unique = (ids: string[]): string[] => [...new Set(ids)];
