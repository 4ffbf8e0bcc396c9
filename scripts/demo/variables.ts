import type { BeamType } from './periods';

/** The two demo trending trees. */
export type TrendSource = 'tpc' | 'evs';

/**
 * One floating-point trending variable of the demo trees and how its values
 * behave per collision system. Values are level + period step + slow drift +
 * run-to-run noise; step and drift are in units of the noise.
 */
export interface TrendVariable {
  source: TrendSource;
  /** Branch name. */
  name: string;
  type: 'Float_t' | 'Double_t';
  title: string;
  /** Elements per run: 1 for a scalar, n for a fixed array [n]. */
  size: number;
  /** Typical value of each element, per collision system. */
  level: Readonly<Record<BeamType, readonly number[]>>;
  /** Run-to-run standard deviation of each element, per collision system. */
  noise: Readonly<Record<BeamType, readonly number[]>>;
  step: number;
  drift: number;
  /** Values are kept inside [lo, hi] (fractions stay within 0…1). */
  limits: readonly [number, number];
}

type Levels = Record<BeamType, [number[], number[]]>;

const variable = (
  source: TrendSource, name: string, type: TrendVariable['type'], title: string, by: Levels, shape: [number, number, [number, number]],
): TrendVariable => ({
  source, name, type, title,
  size: by.pp[0].length,
  level: { pp: by.pp[0], 'p-Pb': by['p-Pb'][0], 'Pb-Pb': by['Pb-Pb'][0] },
  noise: { pp: by.pp[1], 'p-Pb': by['p-Pb'][1], 'Pb-Pb': by['Pb-Pb'][1] },
  step: shape[0], drift: shape[1], limits: shape[2],
});

/** Same element levels and noise for every collision system. */
const all = (level: number[], noise: number[]): Levels => ({ pp: [level, noise], 'p-Pb': [level, noise], 'Pb-Pb': [level, noise] });
const each = (pp: [number, number], pPb: [number, number], PbPb: [number, number]): Levels =>
  ({ pp: [[pp[0]], [pp[1]]], 'p-Pb': [[pPb[0]], [pPb[1]]], 'Pb-Pb': [[PbPb[0]], [PbPb[1]]] });

const WIDE: [number, number] = [-1e9, 1e9];
const UNIT: [number, number] = [0, 1];

/** TPC QA trending variables (tree `tpcQA`), typical values inside DESIGN.md §3's plot ranges. */
export const TPC_VARIABLES: readonly TrendVariable[] = [
  variable('tpc', 'meanTPCncl', 'Float_t', 'mean number of TPC clusters per track', each([118, 1.2], [114, 1.3], [110, 1.5]), [2, 2.5, WIDE]),
  variable('tpc', 'meanTPCnclF', 'Float_t', 'found over findable TPC clusters', each([0.88, 0.006], [0.86, 0.007], [0.81, 0.008]), [2, 2.5, UNIT]),
  variable('tpc', 'meanMIP', 'Float_t', 'mean dE/dx of minimum-ionising pions', each([50, 0.25], [50.5, 0.3], [52, 0.4]), [2.5, 3, WIDE]),
  variable('tpc', 'resolutionMIP', 'Float_t', 'relative dE/dx resolution of MIP pions', each([0.062, 0.0012], [0.066, 0.0014], [0.075, 0.002]), [2, 2, UNIT]),
  variable('tpc', 'meanMIPele', 'Float_t', 'mean dE/dx of electrons', each([80, 0.5], [81, 0.6], [83, 0.8]), [2, 2.5, WIDE]),
  variable('tpc', 'resolutionMIPele', 'Float_t', 'relative dE/dx resolution of electrons', each([0.07, 0.0015], [0.073, 0.0017], [0.08, 0.0025]), [2, 2, UNIT]),
  variable('tpc', 'PIDSepPow_comb2', 'Float_t', 'electron-pion separation power', each([6.2, 0.15], [5.9, 0.18], [5.0, 0.25]), [2, 2, WIDE]),
  variable('tpc', 'vertX', 'Float_t', 'mean primary vertex x (cm)', each([-0.05, 0.003], [-0.05, 0.003], [-0.045, 0.003]), [3, 1.5, WIDE]),
  variable('tpc', 'vertY', 'Float_t', 'mean primary vertex y (cm)', each([0.32, 0.003], [0.32, 0.003], [0.33, 0.003]), [3, 1.5, WIDE]),
  variable('tpc', 'vertZ', 'Float_t', 'mean primary vertex z (cm)', each([0.4, 0.12], [0.3, 0.12], [0.2, 0.1]), [2, 1.5, WIDE]),
  variable('tpc', 'meanMult', 'Float_t', 'mean track multiplicity', each([12, 0.6], [42, 2.5], [260, 12]), [1.5, 2, WIDE]),
  variable('tpc', 'tpcItsMatchA', 'Float_t', 'TPC-ITS matching efficiency, A side', each([0.91, 0.005], [0.9, 0.006], [0.87, 0.008]), [2, 2, UNIT]),
  variable('tpc', 'tpcItsMatchC', 'Float_t', 'TPC-ITS matching efficiency, C side', each([0.9, 0.005], [0.89, 0.006], [0.86, 0.008]), [2, 2, UNIT]),
  variable('tpc', 'dcar', 'Float_t', 'mean DCA r (cm): A+, A-, C+, C-', all([0.02, -0.018, 0.015, -0.016], [0.004, 0.004, 0.004, 0.004]), [2, 1.5, WIDE]),
  variable('tpc', 'dcaz', 'Float_t', 'mean DCA z (cm): A+, A-, C+, C-', all([0.05, 0.045, -0.05, -0.043], [0.01, 0.01, 0.01, 0.01]), [2, 1.5, WIDE]),
];

/** Event-selection trending variables (tree `trending`). */
export const EVS_VARIABLES: readonly TrendVariable[] = [
  variable('evs', 'fracPhysSel', 'Double_t', 'fraction of events passing physics selection', each([0.92, 0.006], [0.89, 0.007], [0.8, 0.01]), [2, 2, UNIT]),
  variable('evs', 'fracPileup', 'Double_t', 'fraction of events tagged as pile-up', each([0.02, 0.0015], [0.008, 0.0008], [0.003, 0.0003]), [2, 2, UNIT]),
  variable('evs', 'triggerRate', 'Float_t', 'trigger rate (Hz): INT7, CENT, SEMICENT', {
    pp: [[750, 0, 0], [30, 0, 0]],
    'p-Pb': [[600, 0, 0], [25, 0, 0]],
    'Pb-Pb': [[280, 120, 180], [12, 6, 8]],
  }, [1.5, 2, [0, 1e6]]),
];

/** Every demo trending variable, tpc first. */
export const TREND_VARIABLES: readonly TrendVariable[] = [...TPC_VARIABLES, ...EVS_VARIABLES];

/** Column name of element `i` of a variable: `name` for a scalar, `name[i]` for an array. */
export function cellName(variable: TrendVariable, i: number): string {
  return variable.size === 1 ? variable.name : `${variable.name}[${i}]`;
}
