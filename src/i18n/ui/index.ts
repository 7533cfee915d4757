/** The words around the story, per edition: `ui('fr').scrolly.next` → "Étape suivante". */
import type { Lang } from '../lang.ts';
import { en, type UiStrings } from './en.ts';
import { fr } from './fr.ts';

export type { UiStrings };
const UI: Record<Lang, UiStrings> = { en, fr };

/** The edition's strings. */
export const ui = (lang: Lang): UiStrings => UI[lang];
