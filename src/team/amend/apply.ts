// Applies one change of an amending decision to the draft, by its kind.
import type { TeamChange } from '../changes.js';
import type { Draft } from './draft.js';
import { addPlace, endPlace, moveToCommune, moveVillage } from './places.js';
import {
  addBody,
  addOffice,
  addPerson,
  endBody,
  endOffice,
  endPerson,
  moveBody,
} from './records.js';
import { addSeat, assignSupervisor, endSeat, replaceHolder } from './seats.js';

type Apply<K extends TeamChange['kind']> = (
  draft: Draft,
  change: Extract<TeamChange, { kind: K }>,
  at: readonly (string | number)[],
) => void;

/** The function applying each kind of change. */
const APPLY: { readonly [K in TeamChange['kind']]: Apply<K> } = {
  replaceHolder,
  addSeat,
  endSeat,
  moveToCommune,
  rename: (draft, change) => {
    draft.formerNames.push({ name: draft.name, to: draft.eve });
    draft.name = change.name;
  },
  assignSupervisor,
  dissolve: (draft) => {
    draft.to = draft.eve;
  },
  addBody,
  endBody,
  moveBody,
  addOffice,
  endOffice,
  addPerson,
  endPerson,
  addPlace,
  endPlace,
  moveVillage,
};

/** Applies the change at position `i` of the decision's changes. */
export function apply(draft: Draft, change: TeamChange, i: number): void {
  (APPLY[change.kind] as Apply<TeamChange['kind']>)(draft, change, ['changes', i]);
}
