/**
 * The attack map: every place hit, night by night. Drawn at build as a static SVG (what JS-off,
 * print, each scrolly step and the share image show); on screens that can run it, MapLibre
 * replaces it (src/components/AttackMap.astro, the one graphic with a wrapper of its own).
 */
import { outletList, typeLabel } from '../data/labels.ts';
import { dataLang } from '../data/translations.ts';
import { formats } from '../i18n/format.ts';
import { ui } from '../i18n/ui/index.ts';
import { established, incidentsByPlace, unconfirmed, waveIncidents } from '../data/views.ts';
import { besideUnconfirmed } from './unconfirmed.ts';
import { mapPlaces, type MapPlace } from '../data/mapPlaces.ts';
import { TABLE_ROWS, firstRows } from '../data/firstRows.ts';
import { staticMap } from '../map/fallback.ts';
import { MAX_MARKS } from '../map/groups.ts';
import { baseGeography } from '../map/geography.ts';
import { focusBounds } from '../map/focus.ts';
import { MAP_CREDIT, MAP_CREDIT_SHORT } from '../map/reference.ts';
import { NARROW, NARROW_MAP_HEIGHT, WIDE, WIDE_MAP_HEIGHT } from '../draw/sizes.ts';
import { unique } from './unique.ts';
import { defineGraphic } from './types.ts';
import { labelledColumns } from './columns.ts';

/** The static map's height at a width: the two page views' heights, else the wide view's aspect. */
/**
 * The places the map's list names (and whose details it opens): all of them, or in a very long list
 * the most-hit first (src/data/firstRows.ts); the downloads hold all.
 */
export const listedPlaces = (located: MapPlace[]) =>
  firstRows(located.length > TABLE_ROWS ? [...located].sort((a, b) => b.count - a.count) : located);

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
    const lang = dataLang(d);
    const f = formats(lang);
    const t = ui(lang).attackMap;
    const { located, unlocated } = mapPlaces(d);
    const wave = waveIncidents(d);
    const night =
      state.night && state.night !== 'all'
        ? wave.filter((i) => i.night === state.night)
        : undefined;
    const firm = located.filter((p) => !p.unconfirmed);
    const firmThatNight = night ? established(night).length : 0;
    const doubtfulPlaces = located.length - firm.length;
    const description = night
      ? t.nightDescription(
          f,
          state.night!,
          firmThatNight ? f.count(firmThatNight, t.established, { words: true }) : t.noEstablished,
          besideUnconfirmed(lang, unconfirmed(night).length, '', firmThatNight > 0),
          located.length,
        )
      : t.allDescription(
          firm.length,
          besideUnconfirmed(lang, doubtfulPlaces, t.place[doubtfulPlaces === 1 ? 0 : 1]),
          unlocated.length,
          [...firm].sort((a, b) => b.count - a.count)[0]?.name ?? t.none,
        );
    return {
      title: t.title,
      description,
      sources: unique(d.incidents.flatMap((i) => i.sources)),
      credit: t.credit ?? { line: MAP_CREDIT, card: MAP_CREDIT_SHORT },
    };
  },
  table: (d) => {
    const lang = dataLang(d);
    const f = formats(lang);
    const { attackMap: t, labels } = ui(lang);
    return {
      caption: t.tableCaption,
      columns: labelledColumns(t.columns, ['incidents', 'lat', 'lon']),
      rows: incidentsByPlace(d).map(({ place, incidents }) => ({
        id: place.id,
        place: place.name,
        town: place.town,
        departement: place.departement,
        incidents: incidents.length,
        what: incidents
          .map(
            (i) =>
              `${f.night(i.night)}${lang === 'fr' ? ' : ' : ': '}${typeLabel(i.type, lang).toLowerCase()} (${i.id})`,
          )
          .join(lang === 'fr' ? ' ; ' : '; '),
        location: labels.location[place.precision] ?? place.precision,
        lat: place.lat ?? null,
        lon: place.lon ?? null,
        sources: outletList(d, [...place.sources, ...incidents.flatMap((i) => i.sources)]),
      })),
    };
  },
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
  legend: (d, { located }) => {
    const lang = dataLang(d);
    const t = ui(lang).attackMap;
    return [
      ...[...new Set(located.map((p) => p.type))].map((type) => ({
        swatch: { type },
        label: t.mostly(typeLabel(type, lang).toLowerCase()),
      })),
      ...(located.some((p) => p.unconfirmed)
        ? [{ swatch: { type: 'arson' as const, unconfirmed: true }, label: t.hollow }]
        : []),
      ...(located.some((p) => p.precision === 'town')
        ? [{ swatch: { ring: true as const }, label: t.townOnly }]
        : []),
      { label: t.bigger },
      ...(located.length > MAX_MARKS ? [{ label: t.grouped }] : []),
    ];
  },
  notes: (d) => {
    const { unlocated } = mapPlaces(d);
    return unlocated.length
      ? [
          ui(dataLang(d)).attackMap.notOnMap(
            unlocated.map((p) => `${p.name} (${p.town})`).join(dataLang(d) === 'fr' ? ' ; ' : '; '),
          ),
        ]
      : [];
  },
});
