/** The story's map section as an embed: its scrolly steps, flat, with the attack map in each step's state. */
import type { SectionEmbed } from './types.ts';

export const storyMap: SectionEmbed = {
  id: 'story-map',
  label: 'The attack wave on a map, step by step',
  height: 8200,
  section: 'attack-map',
};
