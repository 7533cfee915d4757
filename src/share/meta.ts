/** The share props a page passes to its layout: which share image, its alt text, the Open Graph type. */
import { getDatasetIn } from '../data/dataset.ts';
import type { Lang } from '../i18n/lang.ts';
import { shareImageAlt, shareImagePath, type StoryHeadline } from './cards.ts';

export interface SharePageProps {
  /** Path of the share image on the site, inside the site, e.g. "share/story.png" (src/site/url.ts makes it a link). */
  image: string;
  alt: string;
  type?: 'article' | 'website';
}

/** The share props for share image `name` ("story" or a graphic id). */
export async function shareProps(
  name: string,
  story: StoryHeadline,
  type: 'article' | 'website' = 'website',
  lang: Lang = 'en',
): Promise<SharePageProps> {
  return {
    image: shareImagePath(name, lang),
    alt: shareImageAlt(name, await getDatasetIn(lang), story),
    type,
  };
}
