/** The bundled sample commune: the team of Decision 23/QĐ-UBND of Đắk Nia. */
import { serializeTeam } from 'to-cong-nghe-so';
import { dakNia2022Team } from 'to-cong-nghe-so/samples';
import type { Store } from './store/store.js';

/** The sample's id on the server and its province (Đắk Nia became part of Lâm Đồng in 2025). */
export const SAMPLE = { commune: 'dak-nia', province: 'lam-dong' } as const;

/** Registers the sample commune; returns whether it was added. */
export async function registerSample(store: Store, at: string): Promise<boolean> {
  if (await store.getCommuneSummary(SAMPLE.commune)) return false;
  await store.upsertCommune(SAMPLE.commune, SAMPLE.province, serializeTeam(dakNia2022Team()), at);
  return true;
}
