/**
 * How a <Step> knows which graphic its <Scrolly> shows, and how the Scrolly learns its steps'
 * states: Scrolly renders its slot inside this async context. AsyncLocalStorage keeps two
 * sections that render at the same time apart.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { GraphicId, StepState } from './stepState.ts';

export interface ScrollyContext {
  graphic: GraphicId;
  steps: { id: string; state: StepState }[];
}

export const scrollyContext = new AsyncLocalStorage<ScrollyContext>();
