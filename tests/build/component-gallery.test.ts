/**
 * The component gallery (/components/) documents every component the story may use, from each
 * component's own doc comment, with the MDX to write and a live example; it is kept out of search
 * and of the story's navigation.
 */
import { describe, expect, test } from 'vitest';
import { parsedPages } from '../support/built.ts';
import { docComment } from '../../src/story/componentDocs.ts';
import { STORY_COMPONENT_PROPS } from '../../src/story/componentProps.ts';
import { GRAPHICS } from '../../src/graphics/index.ts';

const pages = parsedPages();
// The list MDX may use, as plain data (index.ts maps the same names to the components).
const storyComponents = Object.keys(STORY_COMPONENT_PROPS);
const gallery = pages.find((p) => p.path === '/components/')!;

describe('the component gallery', () => {
  test('has a section for every story component, with its doc, its MDX and a live example', () => {
    expect(gallery, 'dist/components/index.html').toBeDefined();
    const sections = [...gallery.document.querySelectorAll('[data-component]')].map((s) =>
      s.getAttribute('data-component'),
    );
    expect(sections).toEqual(storyComponents);
    for (const name of sections) {
      const section = gallery.document.querySelector(`[data-component="${name}"]`)!;
      expect(
        section.querySelector('.component-doc')?.textContent?.length,
        `${name} doc`,
      ).toBeGreaterThan(30);
      expect(section.querySelector('.component-mdx')?.textContent, `${name} MDX`).toContain(
        `<${name}`,
      );
      expect(
        section.querySelector('.component-live')?.textContent?.trim().length,
        `${name} live example`,
      ).toBeGreaterThan(10);
    }
  });

  test('the live graphics are the real ones, with their SVG and data table', () => {
    for (const { id } of GRAPHICS) {
      const figure = gallery.document.querySelector(`.component-live figure#${id}`);
      expect(figure?.querySelector('svg'), id).toBeTruthy();
      expect(figure?.querySelector('table'), id).toBeTruthy();
    }
  });

  test('is noindex and no other page links to it', () => {
    expect(gallery.document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
      'noindex',
    );
    for (const page of pages.filter((p) => p !== gallery))
      expect(
        [...page.document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
        page.path,
      ).not.toContain('/components/');
  });
});

describe('docComment(source)', () => {
  test('reads the first block comment of the frontmatter, without stars', () => {
    expect(
      docComment(
        '---\n/**\n * Shows a thing.\n * Props: a, b.\n */\nimport x from "y";\n/** not this */\n---\n<p/>',
      ),
    ).toBe('Shows a thing.\nProps: a, b.');
  });
  test('is empty when the component has no doc comment, so the gallery test catches it', () => {
    expect(docComment('---\nconst a = 1;\n---\n<p/>')).toBe('');
    expect(docComment('<p>/** not frontmatter */</p>')).toBe('');
  });
});
