import { readMessages } from './read-messages.js';

/** Why some stored bytes carry no checksum the reader could verify. */
export type UnverifiedCause = 'uncompressed' | 'zstd' | 'legacy CS' | 'XZ without CRC32';

/** Stored bytes of one record no checksum covers, and why. */
export interface UnverifiedPart {
  cause: UnverifiedCause;
  bytes: number;
}

/** One record (or a basket kept in the TTree record) the reader checked, for the tally. */
export interface CheckedData {
  /** 'basket' for every basket read, 'record' for the StreamerInfo and the TTree record. */
  kind: 'basket' | 'record';
  /** For messages: 'StreamerInfo', "TTree 'events'", "branch 'x' basket 2". */
  name: string;
  /** Bytes stored after the key; 0 for a basket kept in the TTree record (they count with that record). */
  bytes: number;
  /** Of those, what no checksum covers; [] when a checksum covers all of it. */
  unverified: UnverifiedPart[];
}

/** What a read checked by checksum and what it could not (TreeTable.integrity). */
export interface IntegritySummary {
  baskets: number;
  basketsUnverified: number;
  /** Data bytes read (StreamerInfo, TTree record, baskets), as stored after their keys. */
  bytes: number;
  bytesUnverified: number;
  /** Unverified bytes per cause. */
  byCause: Partial<Record<UnverifiedCause, number>>;
  /** Records other than baskets with unverified bytes ('StreamerInfo', "TTree 'events'"). */
  recordsUnverified: string[];
}

/** Set on a TreeTable when some data read carries no checksum: counts and one sentence. */
export interface UnverifiedIntegrity {
  baskets: number;
  basketsRead: number;
  bytes: number;
  bytesRead: number;
  detail: string;
}

const CAUSES: readonly UnverifiedCause[] = ['uncompressed', 'zstd', 'legacy CS', 'XZ without CRC32'];

/** Adds up what was checked: counts of baskets and bytes, and what no checksum covers. */
export function summarizeIntegrity(checked: readonly CheckedData[]): IntegritySummary {
  const byCause: Partial<Record<UnverifiedCause, number>> = {};
  const summary: IntegritySummary = { baskets: 0, basketsUnverified: 0, bytes: 0, bytesUnverified: 0, byCause, recordsUnverified: [] };
  for (const data of checked) {
    summary.bytes += data.bytes;
    if (data.kind === 'basket') summary.baskets += 1;
    if (data.unverified.length === 0) continue;
    if (data.kind === 'basket') summary.basketsUnverified += 1;
    else summary.recordsUnverified.push(data.name);
    for (const part of data.unverified) {
      summary.bytesUnverified += part.bytes;
      byCause[part.cause] = (byCause[part.cause] ?? 0) + part.bytes;
    }
  }
  return summary;
}

/** The TreeTable.unverified entry for a summary; undefined when a checksum covered everything read. */
export function toUnverified(summary: IntegritySummary): UnverifiedIntegrity | undefined {
  if (summary.basketsUnverified === 0 && summary.recordsUnverified.length === 0) return undefined;
  const causes = CAUSES.filter((c) => summary.byCause[c] !== undefined).map((c): [UnverifiedCause, number] => [c, summary.byCause[c]!]);
  return {
    baskets: summary.basketsUnverified,
    basketsRead: summary.baskets,
    bytes: summary.bytesUnverified,
    bytesRead: summary.bytes,
    detail: readMessages.unverified(summary, causes),
  };
}
