/**
 * The hand-off from <Step> to <Scrolly>: each step's props and rendered prose travel inside the
 * Scrolly's slot HTML between two <template> marks, the props URI-encoded so no quoting can break
 * them. Pure string functions, tested in tests/unit/step-marks.test.ts.
 */
export type { StepProps } from './stepState.ts';
import type { StepProps } from './stepState.ts';

const OPEN = /<template data-step-props="([^"]*)"><\/template>/g;
const CLOSE = '<template data-step-end></template>';

/** Wraps a step's rendered prose with its props. */
export function markStep(props: StepProps, prose: string): string {
  const known: StepProps = { id: props.id };
  for (const key of ['en', 'night', 'focus', 'highlight', 'range', 'units'] as const)
    if (props[key] !== undefined) known[key] = String(props[key]);
  return `<template data-step-props="${encodeURIComponent(JSON.stringify(known))}"></template>${prose}${CLOSE}`;
}

export interface MarkedStep {
  props: StepProps;
  html: string;
}

/** Splits a Scrolly's slot HTML into its steps; anything outside a step is an editor's mistake, reported. */
export function readSteps(slotHtml: string): { steps: MarkedStep[]; stray: string } {
  const steps: MarkedStep[] = [];
  let stray = '';
  let at = 0;
  for (const match of slotHtml.matchAll(OPEN)) {
    stray += slotHtml.slice(at, match.index);
    const start = match.index + match[0].length;
    const end = slotHtml.indexOf(CLOSE, start);
    if (end < 0) throw new Error('A <Step> was not closed properly.');
    steps.push({
      props: JSON.parse(decodeURIComponent(match[1]!)) as StepProps,
      html: slotHtml.slice(start, end),
    });
    at = end + CLOSE.length;
  }
  stray += slotHtml.slice(at);
  return { steps, stray: stray.replace(/<\/?p>/g, '').trim() };
}
