/**
 * The attack map: every place hit, night by night. Drawn at build as a static SVG (what JS-off,
 * print, each scrolly step and the share image show); on screens that can run it, MapLibre
 * replaces it (src/components/AttackMap.astro, the one graphic with a wrapper of its own).
 */
import { formatNumber, nightLabel } from '../data/format.ts';
import { outletList, typeLabel } from '../data/labels.ts';
import { established, incidentsByPlace, unconfirmed, waveIncidents } from '../data/views.ts';
import { besideUnconfirmed } from './unconfirmed.ts';
import { mapPlaces } from '../data/mapPlaces.ts';
import { staticMap } from '../map/fallback.ts';
import { baseGeography } from '../map/geography.ts';
import { focusBounds } from '../map/focus.ts';
import { MAP_CREDIT, MAP_CREDIT_SHORT } from '../map/reference.ts';
import { NARROW, NARROW_MAP_HEIGHT, WIDE, WIDE_MAP_HEIGHT } from '../draw/sizes.ts';
import { unique } from './unique.ts';
import { defineGraphic } from './types.ts';

/** The static map's height at a width: the two page views' heights, else the wide view's aspect. */
export const mapHeight = (width: number): number =>
  width === NARROW ? NARROW_MAP_HEIGHT : Math.floor((width * WIDE_MAP_HEIGHT) / WIDE);

export const attackMap = defineGraphic({
  id: 'attack-map',
  label: 'Map of the attacks on French prisons, April 2025',
  component: 'AttackMap',
  figure: 'AttackMap',
  doc: 'The attack map: every place hit, night by night. Drawn at build as a static SVG (what JS-off, print and each scrolly step show); on screens that can run it, MapLibre replaces it when the map comes near the viewport. A night control filters both. Places without a sourced location are listed under the map. No props.',
  height: 1400,
  steps: ['night', 'focus', 'highlight'],
  shareWidth: 600,
  caption(d, state = {}) {
    const { located, unlocated } = mapPlaces(d);
    const wave = waveIncidents(d);
    const night =
      state.night && state.night !== 'all'
        ? wave.filter((i) => i.night === state.night)
        : undefined;
    const firm = located.filter((p) => !p.unconfirmed);
    const firmThatNight = night ? established(night).length : 0;
    const plural = (n: number, one: string, many: string) =>
      `${formatNumber(n, 'words')} ${n === 1 ? one : many}`;
    const description = night
      ? `Night of ${nightLabel(state.night!)}: ${firmThatNight ? plural(firmThatNight, 'established incident', 'established incidents') : 'no established incident'}` +
        `${besideUnconfirmed(unconfirmed(night).length, '', firmThatNight > 0)}. ` +
        `The map shows all ${located.length} located places; those hit that night are drawn in full.`
      : `${firm.length} places on the map with established incidents${besideUnconfirmed(located.length - firm.length, located.length - firm.length === 1 ? 'place' : 'places')}; ` +
        `${unlocated.length} more ${unlocated.length === 1 ? 'has' : 'have'} no sourced location, so ${unlocated.length === 1 ? 'it is' : 'they are'} listed rather than drawn. ` +
        `The most-hit place: ${[...firm].sort((a, b) => b.count - a.count)[0]?.name ?? 'none'}.`;
    return {
      title: 'The attacks reached prisons and homes across France',
      description,
      sources: unique(d.incidents.flatMap((i) => i.sources)),
      credit: { line: MAP_CREDIT, card: MAP_CREDIT_SHORT },
    };
  },
  table: (d) => ({
    caption: 'Places hit during and after the wave, with their incidents',
    columns: [
      { key: 'place', label: 'Place' },
      { key: 'town', label: 'Town' },
      { key: 'departement', label: 'Département' },
      { key: 'incidents', label: 'Incidents', numeric: true },
      { key: 'what', label: 'What happened' },
      { key: 'location', label: 'Location' },
      { key: 'lat', label: 'Latitude', numeric: true },
      { key: 'lon', label: 'Longitude', numeric: true },
      { key: 'sources', label: 'Sources' },
    ],
    rows: incidentsByPlace(d).map(({ place, incidents }) => ({
      id: place.id,
      place: place.name,
      town: place.town,
      departement: place.departement,
      incidents: incidents.length,
      what: incidents
        .map((i) => `${nightLabel(i.night)}: ${typeLabel(i.type).toLowerCase()} (${i.id})`)
        .join('; '),
      location:
        place.precision === 'exact'
          ? 'exact'
          : place.precision === 'town'
            ? 'town centre'
            : 'not located',
      lat: place.lat ?? null,
      lon: place.lon ?? null,
      sources: outletList(d, [...place.sources, ...incidents.flatMap((i) => i.sources)]),
    })),
  }),
  inputs: (d) => ({ ...mapPlaces(d), places: d.places }),
  render: ({ located, places }, { width, state, document }) =>
    staticMap(baseGeography(), located, {
      document,
      width,
      height: mapHeight(width),
      bounds: focusBounds(state.focus, places),
      night: state.night,
      highlight: state.highlight,
    }),
  legend: (_d, { located }) => [
    ...[...new Set(located.map((p) => p.type))].map((type) => ({
      swatch: { type },
      label: `Mostly ${typeLabel(type).toLowerCase()}`,
    })),
    ...(located.some((p) => p.unconfirmed)
      ? [
          {
            swatch: { type: 'arson' as const, unconfirmed: true },
            label: 'Hollow: link to the wave unconfirmed',
          },
        ]
      : []),
    ...(located.some((p) => p.precision === 'town')
      ? [{ swatch: { ring: true as const }, label: 'Only the town is known' }]
      : []),
    { label: 'Bigger: more incidents' },
  ],
  notes: (d) => {
    const { unlocated } = mapPlaces(d);
    return unlocated.length
      ? [
          `Not on the map, for lack of a sourced location: ${unlocated.map((p) => `${p.name} (${p.town})`).join('; ')}.`,
        ]
      : [];
  },
});
