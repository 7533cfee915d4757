/** Named regions a scrolly step can focus the map on: [west, south, east, north] in degrees. */
export const REGIONS = {
  france: [-5.2, 41.3, 9.6, 51.1],
  'paris-region': [1.4, 48.1, 3.6, 49.3],
  'south-east': [3.9, 42.9, 7.2, 45.3],
  'lyon-area': [4.3, 45.3, 5.9, 46.3],
  'south-west': [-1.8, 42.7, 2.2, 45.2],
} as const satisfies Record<string, readonly [number, number, number, number]>;

export type RegionName = keyof typeof REGIONS;
export const REGION_NAMES = Object.keys(REGIONS) as RegionName[];
