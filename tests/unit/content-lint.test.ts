import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatMessage, formatReport, lintContent } from '../../src/lint/index.ts';
import { altProblem } from '../../src/lint/images.ts';
import { lintCaptions, sentenceCount } from '../../src/lint/captions.ts';
import { graphicCaption } from '../../src/graphics/index.ts';
import { loadDataset } from '../../src/data/load.ts';

const STORY = 'content/story.mdx';
const DATA = 'content/data/prison-attacks.json';
const realStory = readFileSync(STORY, 'utf8');
const realData = readFileSync(DATA, 'utf8');

/** Lints an MDX string against the real data (or other data text); returns the printed lines. */
function lint(mdx: string, dataText = realData): string[] {
  return lintContent({
    storyText: mdx,
    storyFile: 'story.mdx',
    dataText,
    dataFile: 'data.json',
  }).map(formatMessage);
}
const scrolly = (graphic: string, step: string) =>
  `<Scrolly graphic="${graphic}" label="A section">\n  <Step ${step}>\n    Prose.\n  </Step>\n</Scrolly>\n`;

describe('lintContent on the real story and data', () => {
  test('the real content/story.mdx and data file produce no error and no warning', () => {
    const messages = lintContent({
      storyText: realStory,
      storyFile: STORY,
      dataText: realData,
      dataFile: DATA,
    });
    expect(messages).toEqual([]);
    expect(formatReport(messages, [STORY, DATA])).toBe(
      `✓ content lints: ${STORY} and ${DATA} pass.`,
    );
  });
});

describe('MDX props that do not resolve against the data', () => {
  test('<Num of> with a typo names the line, the name, the likely name and the known ones', () => {
    const [line, ...rest] = lint('Intro.\n\nWe count <Num of="wave.incidnts" /> incidents.\n');
    expect(rest).toEqual([]);
    expect(line).toMatch(
      /^ {2}✗ story\.mdx:3:10: <Num of="wave\.incidnts">: No number is called "wave\.incidnts"\. Did you mean "wave\.incidents"\? Use a statistic id/,
    );
    expect(line).toContain('drug-detainees');
  });

  test('<Num format> must be a known format; a missing of is asked for', () => {
    expect(lint('<Num of="wave.nights" format="word" />\n')).toEqual([
      '  ✗ story.mdx:1:1: <Num of="wave.nights" format="word">: format must be one of number, words, percent, ratio. Did you mean "words"?',
    ]);
    expect(lint('Some <Num format="words" /> text.\n')).toEqual([
      '  ✗ story.mdx:1:6: <Num format="words">: Add of="…", e.g. of="wave.incidents".',
    ]);
  });

  test('<Num of="incident.…"> names the missing incident or count', () => {
    expect(lint('<Num of="incident.I99.vehiclesBurned" />\n')).toEqual([
      '  ✗ story.mdx:1:1: <Num of="incident.I99.vehiclesBurned">: No incident has the id "I99" (in "incident.I99.vehiclesBurned").',
    ]);
  });

  test('<DateOf event> with an unknown id', () => {
    expect(lint('On <DateOf event="T1" year={false} />, it began.\n')).toEqual([
      '  ✗ story.mdx:1:4: <DateOf event="T1">: No timeline event, incident or statistic has the id "T1". Did you mean "T01"?',
    ]);
  });

  test('an unknown component, and an unknown prop, suggest the right spelling', () => {
    expect(lint('<AttackWaveCharts />\n\n<Num of="wave.nights" fromat="words" />\n')).toEqual([
      '  ✗ story.mdx:1:1: <AttackWaveCharts>: No story component is called "AttackWaveCharts". Did you mean "AttackWaveChart"? The story may use Num, DateOf, AttackMap, AttackWaveChart, UnitChart700, PolicyTimeline, CountingAttacks, Scrolly, Step, SourceSummary, Methodology (src/components/index.ts).',
      '  ✗ story.mdx:3:1: <Num fromat>: Num has no prop "fromat". Did you mean "format"? Its props are of, format, gender.',
    ]);
  });

  test('an expression where plain text is expected is a warning: only the build can check it', () => {
    expect(lint('<Num of={name} />\n')).toEqual([
      '  ⚠ story.mdx:1:1: <Num of={name}>: of is an expression, which only the build can check: write it as plain text, e.g. of="wave.incidents".',
    ]);
    expect(lint('<Num of={"wave.nights"} />\n')).toEqual([]); // a string literal is read
  });
});

describe('<Scrolly> and <Step>', () => {
  test('a Scrolly without a label', () => {
    expect(
      lint(
        '<Scrolly graphic="traffickers">\n  <Step id="a" units="all">\n    Prose.\n  </Step>\n</Scrolly>\n',
      ),
    ).toEqual([
      '  ✗ story.mdx:1:1: <Scrolly graphic="traffickers">: Add a label saying what the section shows, for screen readers, e.g. label="The attack wave on a map, night by night".',
    ]);
  });

  test('an unknown graphic, text outside a step, a Step outside a Scrolly', () => {
    const lines = lint(
      '<Scrolly graphic="attack-mapp" label="L">\n  Stray words.\n\n  <Step id="a">\n    Prose.\n  </Step>\n</Scrolly>\n\n<Step id="b">\n  Lost.\n</Step>\n',
    );
    expect(lines).toEqual([
      '  ✗ story.mdx:1:1: <Scrolly graphic="attack-mapp">: graphic must be one of attack-map, attack-wave, traffickers, policy-timeline. Did you mean "attack-map"?',
      '  ✗ story.mdx:1:1: <Scrolly graphic="attack-mapp">: Line 2: text outside a <Step> would be lost; move it into a step.',
      '  ✗ story.mdx:9:1: <Step id="b">: A <Step> must sit directly inside a <Scrolly>; move it into one, or remove the <Step> tags.',
    ]);
  });

  test('step props: unknown place or region, bad night, a prop the graphic does not use, a bad range, duplicate ids', () => {
    expect(lint(scrolly('attack-map', 'id="x" night="2025-04-31" focus="lyon"'))).toEqual([
      '  ✗ story.mdx:2:3: <Step id="x"> in the attack-map section: night="2025-04-31": "all" or the night of an incident, written YYYY-MM-DD (e.g. "2025-04-13").',
      '  ✗ story.mdx:2:3: <Step id="x"> in the attack-map section: focus="lyon": a region (france, paris-region, south-east, lyon-area, south-west) or place ids from the data file; unknown: lyon.',
    ]);
    expect(lint(scrolly('traffickers', 'id="y" units="all" night="2025-04-13"'))).toEqual([
      '  ✗ story.mdx:2:3: <Step id="y"> in the traffickers section: night="2025-04-13": the traffickers graphic does not use "night"; it uses units.',
    ]);
    expect(lint(scrolly('policy-timeline', 'id="z" range="2025-04..2024-05"'))).toEqual([
      '  ✗ story.mdx:2:3: <Step id="z"> in the policy-timeline section: range="2025-04..2024-05": two dates joined by "..", earliest first, e.g. "2024-05..2025-04-30".',
    ]);
    const twice = lint(
      `${scrolly('traffickers', 'id="same" units="all"')}\n${scrolly('traffickers', 'id="same" units="drug-detainees"')}`,
    );
    expect(twice).toEqual([
      '  ✗ story.mdx:8:3: <Step id="same">: Another step (line 2) already has the id "same"; each step id is a link (#same) and must be unique.',
    ]);
  });
});

describe('images', () => {
  test('markdown and JSX images without alt text, with a file name, or with too long a text', () => {
    const long = 'A '.repeat(80).trim();
    const lines = lint(
      `![](photo.jpg)\n\n![IMG_2034.jpg](IMG_2034.jpg)\n\n<img src="/img/gate.webp" alt="gate" />\n\n<img src="a.png" alt="${long}" />\n\n![Firefighters outside the prison at dawn](fire.jpg)\n`,
    );
    expect(lines).toEqual([
      '  ✗ story.mdx:1:1: ![](photo.jpg): The image has no alt text: say in a sentence what it shows, for readers who cannot see it.',
      '  ✗ story.mdx:3:1: ![IMG_2034.jpg](IMG_2034.jpg): The alt text "IMG_2034.jpg" is a file name: say in words what the image shows instead.',
      '  ✗ story.mdx:5:1: <img src="/img/gate.webp">: The alt text "gate" is a file name: say in words what the image shows instead.',
      '  ✗ story.mdx:7:1: <img src="a.png">: The alt text is 159 characters long: keep it under 150, so a screen reader reads it in one breath, and move the rest into the caption or the prose.',
    ]);
  });

  test('altProblem(alt, src) accepts a real description', () => {
    expect(altProblem('Burned cars on the staff car park at Agen', 'agen.jpg')).toBeUndefined();
    expect(altProblem('DSC_0042', 'x.jpg')).toMatch(/is a file name/);
    expect(altProblem(undefined, 'x.jpg')).toMatch(/no alt text/);
  });
});

describe('captions and sources, computed on the data', () => {
  const data = JSON.parse(realData);

  test('every graphic is checked on the data: the real captions pass, in the story and in the embeds', () => {
    const d = loadDataset(DATA);
    const seen: string[] = [];
    const spy: typeof graphicCaption = (id, data, options) => (
      seen.push(`${id} ${JSON.stringify(options?.state ?? {})}`),
      graphicCaption(id, data, options)
    );
    expect(
      lintCaptions(
        [
          {
            graphic: 'attack-map',
            state: { night: '2025-04-13' },
            where: '<Step id="a">',
            line: 3,
            column: 1,
          },
        ],
        d,
        'story.mdx',
        'data.json',
        spy,
      ),
    ).toEqual([]);
    expect(seen).toEqual([
      'attack-map {"night":"2025-04-13"}',
      'attack-map {}',
      'attack-wave {}',
      'traffickers {}',
      'policy-timeline {}',
      'counting-attacks {}',
    ]);
  });

  test('a caption too long for a screen reader, without a title or with sources the data lacks, names the graphic and the limits', () => {
    const d = loadDataset(DATA);
    const long = `${'A sentence that goes on. '.repeat(20)}`.trim();
    const fake: typeof graphicCaption = (id) =>
      id === 'attack-wave'
        ? { title: '', description: long, sources: ['nowhere'] }
        : { title: 'T'.repeat(101), description: 'Fine.', sources: [] };
    const lines = lintCaptions(
      [{ graphic: 'attack-wave', where: '<AttackWaveChart />', line: 7, column: 1 }],
      d,
      'story.mdx',
      'data.json',
      fake,
    ).map(formatMessage);
    expect(lines).toEqual([
      '  ✗ story.mdx:7:1: <AttackWaveChart />: The graphic has no title. Captions are written from the data by the graphic modules in src/graphics/: shorten the data they quote (names, titles), or ask a developer to shorten the wording there.',
      '  ✗ story.mdx:7:1: <AttackWaveChart />: The description (the text alternative a screen reader reads in one go) is 499 characters and 20 sentences; keep it to 400 characters and 3 sentences at most: "A sentence that goes on. A sentence that goes on. A sentence that goes on. A sen…". Captions are written from the data by the graphic modules in src/graphics/: shorten the data they quote (names, titles), or ask a developer to shorten the wording there.',
      '  ✗ story.mdx:7:1: <AttackWaveChart />: The graphic cites sources that the data file does not have: nowhere; add them to "sources".',
      ...['attack-map', 'traffickers', 'policy-timeline', 'counting-attacks'].flatMap((g) => [
        `  ✗ data.json: the ${g} graphic (its embed, /embed/${g}/): The title is 101 characters long, over 100: "${'T'.repeat(101)}". Captions are written from the data by the graphic modules in src/graphics/: shorten the data they quote (names, titles), or ask a developer to shorten the wording there.`,
        `  ✗ data.json: the ${g} graphic (its embed, /embed/${g}/): The graphic cites no source: the records it draws need source ids in "sources".`,
      ]),
    ]);
  });

  test('sentenceCount(text) reads decimals and ratios as part of a sentence', () => {
    expect(sentenceCount('The 700 are 4.1% of those, 1 in 24. Each square is 100 people.')).toBe(2);
  });

  test('a source that no record cites is a warning, with its path and id; the check still passes', () => {
    const d = structuredClone(data);
    d.sources.push({
      id: 'lonely-source',
      outlet: 'Nobody',
      title: 'Uncited',
      url: 'https://example.org/x',
      date: null,
    });
    const dataText = JSON.stringify(d, null, 2);
    const line =
      dataText.slice(0, dataText.indexOf('"id": "lonely-source"')).split('\n').length - 1; // the record's opening brace
    const messages = lintContent({
      storyText: realStory,
      storyFile: STORY,
      dataText,
      dataFile: 'data.json',
    });
    expect(messages.map(formatMessage)).toEqual([
      `  ⚠ data.json:${line}:5: sources[${d.sources.length - 1}] (record "lonely-source"): No place, incident, timeline event or statistic cites this source; add "lonely-source" to the "sources" of the records it backs, or remove it.`,
    ]);
    expect(formatReport(messages, [STORY, 'data.json'])).toMatch(
      /\n✓ content lints: content\/story\.mdx and data\.json pass, with 1 warning\.$/,
    );
  });

  test('data that does not validate: the data checks are skipped and said to be', () => {
    expect(lint('<Num of="wave.bogus" />\n', '{ "meta": 1 }')).toEqual([
      expect.stringMatching(
        /^ {2}✗ data\.json: the data file: It has \d+ problem\(s\) \(run npm run check:data to see them\), so the checks of numbers, dates, steps and captions against the data were skipped\.$/,
      ),
    ]);
  });

  test('an MDX syntax error is reported with its line and column', () => {
    expect(lint('Intro.\n\nSome <Num of="x" text\n')).toEqual([
      expect.stringMatching(
        /^ {2}✗ story\.mdx:3:\d+: MDX syntax: Unexpected character .*Nothing else can be checked until the MDX parses\.$/,
      ),
    ]);
  });
});
