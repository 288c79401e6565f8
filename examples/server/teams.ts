/**
 * The communes' teams, parsed once and kept while their version is unchanged (a cheap version
 * check per request, so that a team replaced with the admin command is seen at once).
 */
import { parseTeam, type Team } from 'to-cong-nghe-so';
import type { CommuneSummary, Store } from './store/store.js';

/** A commune with its parsed team. */
export interface Commune {
  readonly id: string;
  readonly province: string | null;
  readonly team: Team;
  readonly teamVersion: number;
  readonly dataVersion: number;
}

/** Loads communes and keeps their parsed teams. */
export class Teams {
  readonly #store: Store;
  readonly #cache = new Map<string, Commune>();

  constructor(store: Store) {
    this.#store = store;
  }

  /** The commune with its current team, or `undefined` when it is not registered. */
  async get(id: string): Promise<Commune | undefined> {
    const summary = await this.#store.getCommuneSummary(id);
    if (!summary) {
      this.#cache.delete(id);
      return undefined;
    }
    return this.of(summary);
  }

  /**
   * The commune of versions just read (with a token, say): its team parsed again only when the
   * team's version changed.
   */
  async of(summary: CommuneSummary): Promise<Commune | undefined> {
    const { id } = summary;
    const cached = this.#cache.get(id);
    if (cached && cached.teamVersion === summary.teamVersion) {
      if (cached.dataVersion === summary.dataVersion && cached.province === summary.province) {
        return cached;
      }
      const fresh = { ...cached, dataVersion: summary.dataVersion, province: summary.province };
      this.#cache.set(id, fresh);
      return fresh;
    }
    const row = await this.#store.getCommune(id);
    if (!row) return undefined;
    const team = parseTeam(row.team);
    if (team.isErr()) throw new Error(`the stored team of commune "${id}" does not parse`);
    const commune: Commune = {
      id: row.id,
      province: row.province,
      team: team.value,
      teamVersion: row.teamVersion,
      dataVersion: row.dataVersion,
    };
    this.#cache.set(id, commune);
    return commune;
  }
}
